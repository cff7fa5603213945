// The camera watcher (MAIN world, entrypoints/page-world.content.ts): the only way to see a page's getUserMedia
// calls. Holds each video request while the isolated-world sensor decides (lib/scan/camera-bridge.ts has the channel); rejects with NotAllowedError
// only when told to block, and lets the call through when the sensor is silent, so pages never break.
// Kept tiny: it runs in every page's own world at document_start. The wrapper looks native to the page
// (lib/native-wrap.ts), so a page cannot detect ID Guard from it.
import { wrapNative } from '../native-wrap';

const HELLO = '__idGuardCameraHello'; // = CAMERA_HELLO_KEY in lib/scan/camera-bridge.ts
/** The sensor acknowledges within a few ms; 300 ms leaves room for a busy page without a visible stall. */
const ACK_MS = 300;
/** Cap on a held call once acknowledged (the person may be reading the warning); then it goes through. */
const DECIDE_MAX_MS = 120_000;

/** Wraps `win`'s getUserMedia; call once, at document_start, before page scripts. */
export function watchGetUserMedia(win: Window & typeof globalThis): void {
  const proto = (win as any).MediaDevices?.prototype;
  const orig = proto?.getUserMedia;
  if (typeof orig !== 'function') return;
  let port: MessagePort | null = null;
  let early = 0;
  let seq = 0;
  const waiting = new Map<number, (d: any) => void>();
  win.addEventListener(
    'message',
    (e) => {
      if (port || !e.data || e.data[HELLO] !== 1 || !e.ports[0]) return;
      e.stopImmediatePropagation(); // registered before any page script: the page never sees the port
      port = e.ports[0];
      port.onmessage = (m) => waiting.get(m.data?.id)?.(m.data);
      if (early) port.postMessage({ t: 'seen', count: early });
    },
    true,
  );
  proto.getUserMedia = wrapNative(orig as MediaDevices['getUserMedia'], (self, args, callOrig) => {
    const constraints = args[0];
    if (!constraints?.video) return callOrig(self, args);
    if (!port) {
      early++;
      return callOrig(self, args);
    }
    const p = port;
    return new Promise<MediaStream>((resolve, reject) => {
      const id = ++seq;
      let timer = setTimeout(() => done(true), ACK_MS);
      const done = (allow: boolean) => {
        waiting.delete(id);
        clearTimeout(timer);
        if (allow) resolve(callOrig(self, args));
        else reject(new DOMException('Permission denied', 'NotAllowedError'));
      };
      waiting.set(id, (d) => {
        if (d.t === 'answer') return done(d.allow !== false);
        clearTimeout(timer);
        timer = setTimeout(() => done(true), DECIDE_MAX_MS);
      });
      const v = constraints.video as MediaTrackConstraints | boolean;
      const facing = typeof v === 'object' ? String((v.facingMode as any)?.exact ?? (v.facingMode as any)?.ideal ?? v.facingMode ?? '') : '';
      p.postMessage({ t: 'cam', id, facing });
    });
  });
}
