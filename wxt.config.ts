import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { registryIndexPlugin } from './data/registry-index-plugin';

// One config for both browsers. IDG_OUT_DIR lets parallel test runs build into their own folder.
export default defineConfig({
  outDir: process.env.IDG_OUT_DIR || '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // Firefox MV3: needed for the world:'MAIN' camera watcher (Firefox 128+).
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact(), registryIndexPlugin()],
    build: { minify: true },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    action: {
      default_title: '__MSG_extName__',
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'id-guard@id-guard.org',
              strict_min_version: '128.0',
              // Firefox's built-in data-consent declaration: ID Guard collects nothing.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
