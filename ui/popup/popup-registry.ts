// The whole registry index for the popup's search and browse, as a module of its own: entrypoints/popup/main.tsx
// imports it dynamically, so its ~70 kB load in a chunk (chunks/popup-registry-*.js) after the first view instead
// of in front of it.
export { default } from 'virtual:registry-index';
