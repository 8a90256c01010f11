/** The settings form (peildatum, type, sector, view). Changes are saved and trigger a new check. */
import { DOCUMENT_TYPE_LABEL, SECTOR_LABEL } from '../../core/report/summary';
import { t } from '../i18n/nl';
import { el } from './dom';
import type { Settings, View } from './storage';

const TYPES = ['ondersteuningsplan', 'schoolgids', 'schoolondersteuningsprofiel', 'website-school', 'website-swv'] as const;
const SECTORS = ['po', 'vo', 'so'] as const;

export function renderSettings(settings: Settings, onApply: (next: Settings) => void): HTMLElement {
  const date = el('input', { type: 'date', id: 'set-peildatum', value: settings.peildatum });
  const type = el('select', { id: 'set-type' }, el('option', { value: '', text: t.settingsAuto }), ...TYPES.map((v) => el('option', { value: v, text: DOCUMENT_TYPE_LABEL[v] ?? v })));
  type.value = settings.type;
  const sector = el('select', { id: 'set-sector' }, el('option', { value: '', text: t.settingsAuto }), ...SECTORS.map((v) => el('option', { value: v, text: SECTOR_LABEL[v] ?? v })));
  sector.value = settings.sector;
  const radio = (view: View, label: string) => {
    const input = el('input', { type: 'radio', name: 'view', id: `view-${view}`, value: view, checked: settings.view === view });
    return el('div', { class: 'radio' }, input, el('label', { for: `view-${view}`, text: label }));
  };
  const apply = el('button', { type: 'button', id: 'settings-apply', text: t.settingsApply });
  const form = el(
    'details',
    { class: 'settings' },
    el('summary', { text: t.settingsHeading }),
    el('div', { class: 'field' }, el('label', { for: 'set-peildatum', text: t.peildatum }), date),
    el('div', { class: 'field' }, el('label', { for: 'set-type', text: t.settingsType }), type),
    el('div', { class: 'field' }, el('label', { for: 'set-sector', text: t.settingsSector }), sector),
    el('fieldset', {}, el('legend', { text: t.settingsView }), radio('ouder', t.viewOuder), radio('professional', t.viewProfessional)),
    el('div', { class: 'actions' }, apply),
  );
  apply.addEventListener('click', () => {
    const checked = form.querySelector<HTMLInputElement>('input[name="view"]:checked');
    onApply({
      peildatum: date.value,
      type: type.value as Settings['type'],
      sector: sector.value as Settings['sector'],
      view: (checked?.value as View | undefined) ?? 'ouder',
    });
  });
  return form;
}
