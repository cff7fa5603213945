// What the page's own (MAIN) world and the content script's isolated world say to each other: the camera
// watcher's private channel (world/camera-watch.ts ↔ content/camera-bridge.ts) and the file-picker question
// (world/picker-watch.ts → kit/upload-guard.ts). Constants and types only: world/ may import nothing else.

/** Marks our hello message; the watcher ignores every other window message. */
export const CAMERA_HELLO_KEY = '__idGuardCameraHello';

/** Watcher → us. `seen`: calls made before we connected (already let through). */
export type WatcherMessage = { t: 'cam'; id: number; facing?: string } | { t: 'seen'; count: number };
/** Us → watcher. `hold` must arrive within the watcher's ack timeout or the call goes through. */
export type BridgeMessage = { t: 'hold'; id: number } | { t: 'answer'; id: number; allow: boolean };

/** Event a MAIN-world helper dispatches (cancelable) on an input before `showPicker()`; cancelling refuses it. */
export const PICKER_EVENT = 'id-guard-show-picker';
