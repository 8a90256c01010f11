import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  effectivePeildatum,
  judgementKey,
  loadJudgements,
  loadSettings,
  saveJudgement,
  saveSettings,
} from '../../extension/lib/storage';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings', () => {
  it('start from the defaults and come back as saved', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await saveSettings({ peildatum: '2026-03-01', type: 'schoolgids', sector: 'vo', view: 'professional' });
    expect(await loadSettings()).toEqual({ peildatum: '2026-03-01', type: 'schoolgids', sector: 'vo', view: 'professional' });
  });

  it('use today as peildatum unless a valid date is set', () => {
    const now = new Date(2026, 2, 5);
    expect(effectivePeildatum({ ...DEFAULT_SETTINGS }, now)).toBe('2026-03-05');
    expect(effectivePeildatum({ ...DEFAULT_SETTINGS, peildatum: '2025-08-01' }, now)).toBe('2025-08-01');
    expect(effectivePeildatum({ ...DEFAULT_SETTINGS, peildatum: 'morgen' }, now)).toBe('2026-03-05');
  });
});

describe('judgements', () => {
  const url = 'https://www.obs-voorbeeld.nl/documenten/schoolgids.pdf';

  it('are kept per document URL (ignoring the #fragment) and can be removed again', async () => {
    const at = '2026-03-05T10:00:00.000Z';
    await saveJudgement(`${url}#page=4`, 'sg.klachten', { verdict: 'aanwezig', note: 'Staat op p. 4', at });
    await saveJudgement(url, 'sg.verzuim', { verdict: 'ontbreekt', note: '', at });
    expect(await loadJudgements(url)).toEqual({
      'sg.klachten': { verdict: 'aanwezig', note: 'Staat op p. 4', at },
      'sg.verzuim': { verdict: 'ontbreekt', note: '', at },
    });
    expect(await loadJudgements('https://andere-school.nl/schoolgids.pdf')).toEqual({});
    await saveJudgement(url, 'sg.klachten', undefined);
    await saveJudgement(url, 'sg.verzuim', undefined);
    expect(await loadJudgements(url)).toEqual({});
    expect(await fakeBrowser.storage.local.get(judgementKey(url))).toEqual({});
  });
});
