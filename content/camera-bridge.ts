// The isolated world's end of the private channel to the MAIN-world camera watcher
// (world/camera-watch.ts, in entrypoints/page-world.ts). The watcher holds every getUserMedia call for video until we answer.
//
// Channel: we create a MessageChannel and hand one port to the watcher in a window message. The watcher
// registered its capturing 'message' listener at document_start, before any page script, and stops the
// event there, so page scripts never see the port. A page can send the same hello with a port of its own; the
// watcher then asks both, and a block from us wins over anything the page's channel says. A page could still
// forge a camera request (that only raises suspicion about itself) and can always reach an unwrapped
// getUserMedia some other way: the watcher is a guard for people, not a sandbox.

import { CAMERA_HELLO_KEY, type BridgeMessage, type WatcherMessage } from '../protocol/page-world';

export interface CameraRequest {
  /** `user` (selfie / face scan), `environment` (document photo) or undefined. */
  facing?: string;
  /** True for calls the watcher already let through before the bridge connected. */
  past: boolean;
}

/**
 * Connects to the watcher in `win`. `decide` answers each held call: true lets it through, false rejects it
 * with NotAllowedError. An exception in `decide` lets the call through (pages must never break).
 * Returns a disconnect function.
 */
export function connectCameraBridge(win: Window, decide: (req: CameraRequest) => Promise<boolean>): () => void {
  const channel = new MessageChannel();
  const port = channel.port1;
  const pending = new Set<number>();
  const answer = (id: number, allow: boolean) => {
    if (pending.delete(id)) port.postMessage({ t: 'answer', id, allow } satisfies BridgeMessage);
  };
  port.onmessage = (e: MessageEvent) => {
    const m = e.data as WatcherMessage | null;
    if (!m || typeof m !== 'object') return;
    if (m.t === 'seen' && m.count > 0) {
      void decide({ past: true }).catch(() => true);
      return;
    }
    if (m.t !== 'cam' || typeof m.id !== 'number') return;
    const id = m.id;
    pending.add(id);
    port.postMessage({ t: 'hold', id } satisfies BridgeMessage);
    decide({ facing: typeof m.facing === 'string' ? m.facing : undefined, past: false })
      .catch(() => true)
      .then((allow) => answer(id, allow !== false));
  };
  win.postMessage({ [CAMERA_HELLO_KEY]: 1 }, '*', [channel.port2]);
  return () => {
    // The extension is going away (update, reload): release every held call rather than leave it hanging.
    for (const id of [...pending]) answer(id, true);
    port.close();
  };
}
