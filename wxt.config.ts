import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { registryIndexPlugin } from './build/registry-index-plugin';
import { popularDomainsPlugin } from './build/popular-domains-plugin';
import { hintWordsPlugin } from './build/hint-words-plugin';
import { listPatternsPlugin } from './build/list-patterns-plugin';
import { cueDataPlugin } from './build/cue-data-plugin';
import { existsSync, readFileSync } from 'node:fs';

/**
 * The Firefox sources package (for addons.mozilla.org review) holds what git tracks: .gitignore'd screenshots,
 * reports and logs stay out. WXT already leaves out node_modules, dot folders (.output*) and the build.
 */
const GITIGNORE = new URL('.gitignore', import.meta.url);
// (The sources package itself has no .gitignore: WXT leaves dotfiles out, and a reviewer's build needs none.)
const gitIgnored = (existsSync(GITIGNORE) ? readFileSync(GITIGNORE, 'utf8') : '')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => (l.endsWith('/') ? `${l}**` : l.includes('/') ? l : `**/${l}`));

/** The content script that runs on every page (entrypoints/sensor.ts), as WXT names the built file. */
export const SENSOR_SCRIPT = 'sensor.js';
/** The MAIN-world watchers every page runs first (entrypoints/page-world.ts), as WXT names the built file. */
export const PAGE_WORLD_SCRIPT = 'page-world.js';

// One config for both browsers. IDG_OUT_DIR lets parallel test runs build into their own folder.
export default defineConfig({
  outDir: process.env.IDG_OUT_DIR || '.output',
  // WXT modules of our own (build/wxt-build/wxt-modules/popup-own-build.ts): build-time code lives under build/.
  modulesDir: 'build/wxt-modules',
  zip: { excludeSources: gitIgnored },
  modules: ['@wxt-dev/webextension-polyfill'],
  // Firefox MV3: needed for the world:'MAIN' camera watcher (Firefox 128+).
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact(), registryIndexPlugin(), popularDomainsPlugin(), hintWordsPlugin(), listPatternsPlugin(), cueDataPlugin()],
    build: { minify: true },
  }),
  hooks: {
    // Firefox has no Filipino ("fil") UI language: its Filipino-language build is "tl" (Tagalog), and its locale
    // matching does not take "tl" for "fil", so a Filipino reader would get English. The Firefox build also ships
    // the Filipino messages as _locales/tl (the same file; tests/e2e/locales.e2e.ts starts Firefox in "tl").
    'build:publicAssets': (wxt, files) => {
      if (wxt.config.browser !== 'firefox') return;
      files.push({ relativeDest: '_locales/tl/messages.json', absoluteSrc: new URL('public/_locales/fil/messages.json', import.meta.url).pathname });
    },
    // The every-page scripts are built as unlisted scripts and declared here, so WXT does not wrap them: the sensor
    // (entrypoints/sensor.ts) in a ContentScriptContext (polyfill start-up and a page-visible event on every page),
    // the MAIN-world watchers (entrypoints/page-world.ts) in an async start. The watchers at document_start, before
    // page scripts; the sensor at document_idle: the page's own content is in; late content is the observer's job.
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = [
        ...(manifest.content_scripts ?? []),
        { matches: ['<all_urls>'], run_at: 'document_start', js: [PAGE_WORLD_SCRIPT], world: 'MAIN' },
        { matches: ['<all_urls>'], run_at: 'document_idle', js: [SENSOR_SCRIPT] },
      ];
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab: the popup's current-site card reads the tab's URL only after the person opens the popup.
    permissions: ['storage', 'activeTab'],
    // Drawn by build/make-icons.ts; background/badge.ts swaps them per tab for caution / danger.
    icons: { 16: '/icons/default-16.png', 32: '/icons/default-32.png', 48: '/icons/default-48.png', 128: '/icons/default-128.png' },
    action: {
      default_title: '__MSG_extName__',
      default_icon: { 16: '/icons/default-16.png', 32: '/icons/default-32.png' },
    },
    // The page kit (entrypoints/page-kit.ts) that sensor.js imports only on pages with ID cues. A content
    // script's import() of an extension file needs it listed here. Chrome: use_dynamic_url serves it only under a
    // per-session id that runtime.getURL returns, so a page cannot probe the stable extension id for it. Firefox:
    // every install gets a random moz-extension UUID, which does the same (tests/manifest-policy.ts).
    web_accessible_resources: [
      { resources: ['page-kit.js'], matches: ['<all_urls>'], ...(browser === 'firefox' ? {} : { use_dynamic_url: true }) },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'id-guard@id-guard.org',
              // 140 (ESR): the first version that reads data_collection_permissions; web-ext lint warns below it.
              strict_min_version: '140.0',
              // Firefox's built-in data-consent declaration: ID Guard collects nothing.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : // Chrome reads the administrator's policy (public/managed_schema.json) from storage.managed. Firefox has no
        // managed_schema key: it reads managed storage from a native manifest or enterprise policy (README).
        { storage: { managed_schema: 'managed_schema.json' } }),
  }),
});
