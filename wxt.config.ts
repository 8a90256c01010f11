import { defineConfig } from 'wxt';
import { rulesPlugin } from './extension/build/rules-plugin';

/**
 * The Passend Check browser extension (Chrome MV3 side panel, Firefox sidebar).
 * Least privilege: no host permissions at install; linked documents on other sites are
 * fetched only after the user clicks "Gekoppelde documenten controleren" and grants access.
 */
export default defineConfig({
  srcDir: 'extension',
  outDir: 'dist',
  publicDir: 'extension/public',
  webExt: { disabled: true },
  // Explicit imports only: no auto-import globals leaking into the shared type space.
  imports: false,
  vite: () => ({
    plugins: [rulesPlugin()],
    build: { chunkSizeWarningLimit: 4096 },
  }),
  manifest: ({ browser }) => ({
    name: 'Passend Check',
    description: 'Controleert pagina’s en documenten over passend onderwijs op de wettelijke eisen.',
    permissions: browser === 'firefox' ? ['activeTab', 'scripting', 'storage'] : ['activeTab', 'scripting', 'sidePanel', 'storage'],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: 'Passend Check openen' },
    ...(browser === 'firefox'
      ? {
          // Firefox MV2 has no optional_host_permissions: hosts go in optional_permissions there.
          optional_permissions: ['http://*/*', 'https://*/*'],
          browser_specific_settings: { gecko: { id: 'passend-check@example.org', data_collection_permissions: { required: ['none'] } } },
        }
      : {}),
  }),
});
