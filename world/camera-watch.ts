// The camera watcher (MAIN world, entrypoints/page-world.ts): the only way to see a page's getUserMedia
// calls. Holds each video request while the isolated-world sensor decides (content/camera-bridge.ts has the
// channel); rejects with NotAllowedError only when told to block, and lets the call through when the sensor is
// silent, so pages never break. Kept tiny: it runs in every page's own world at document_start. The wrapper looks
// native to the page (world/native-wrap.ts), so a page cannot detect ID Guard from it.
//
// Never trust the page: a page can send the same hello as the sensor (window messages are its to send too), and it
// runs before the sensor, which says hello only on a page with ID cues. So the watcher takes every hello, asks every
// channel, and any "block" wins: a page's own channel can delay or block its own camera, never overrule the sensor.
import { wrapNative } from './native-wrap';
import { CAMERA_HELLO_KEY as HELLO } from '../protocol/page-world';
/** The sensor acknowledges within a few ms; 300 ms leaves room for a busy page without a visible stall. */
const ACK_MS = 300;
/** Cap on a held call once acknowledged (the person may be reading the warning); then it goes through. */
const DECIDE_MAX_MS = 120_000;

/** Wraps `win`'s getUserMedia; call once, at document_start, before page scripts. */
export function watchGetUserMedia(win: Window & typeof globalThis): void {
  const proto = (win as any).MediaDevices?.prototype;
  const orig = proto?.getUserMedia;
  if (typeof orig !== 'function') return;
  const ports: MessagePort[] = [];
  let early = 0;
  let seq = 0;
  const waiting = new Map<number, (d: any, from: MessagePort) => void>();
  win.addEventListener(
    'message',
    (e) => {
      if (!e.data || e.data[HELLO] !== 1 || !e.ports[0]) return;
      // No cap on channels: a page that floods hellos before the sensor says its own would otherwise keep the
      // sensor out; every extra channel costs only that page's own camera requests a message each.
      e.stopImmediatePropagation(); // registered before any page script: the page never sees our port
      const port = e.ports[0];
      ports.push(port);
      port.onmessage = (m) => waiting.get(m.data?.id)?.(m.data, port);
      if (early) port.postMessage({ t: 'seen', count: early });
    },
    true,
  );
  proto.getUserMedia = wrapNative(orig as MediaDevices['getUserMedia'], (self, args, callOrig) => {
    const constraints = args[0];
    if (!constraints?.video) return callOrig(self, args);
    if (!ports.length) {
      early++;
      return callOrig(self, args);
    }
    const asked = [...ports];
    return new Promise<MediaStream>((resolve, reject) => {
      const id = ++seq;
      /** Channels that acknowledged, and what each answered (undefined: still deciding). */
      const answers = new Map<MessagePort, boolean | undefined>();
      let ackOver = false;
      let finished = false;
      let ackTimer: ReturnType<typeof setTimeout> | undefined;
      let decideTimer: ReturnType<typeof setTimeout> | undefined;
      const finish = (allow: boolean) => {
        finished = true;
        waiting.delete(id);
        clearTimeout(ackTimer);
        clearTimeout(decideTimer);
        if (allow) resolve(callOrig(self, args));
        else reject(new DOMException('Permission denied', 'NotAllowedError'));
      };
      // Any block wins at once; through once every channel that acknowledged allowed, and every channel asked
      // was heard from or the ack window is over (a channel that never acknowledged is not waited for).
      const settle = () => {
        if (finished) return;
        const votes = [...answers.values()];
        if (votes.includes(false)) return finish(false);
        if (votes.includes(undefined)) return;
        if (ackOver || answers.size === asked.length) finish(true);
      };
      ackTimer = setTimeout(() => {
        ackOver = true;
        settle();
      }, ACK_MS);
      waiting.set(id, (d, from) => {
        if (!asked.includes(from)) return;
        if (d.t === 'answer') answers.set(from, d.allow !== false);
        else if (d.t === 'hold' && !answers.has(from)) {
          answers.set(from, undefined);
          decideTimer ??= setTimeout(() => finish(true), DECIDE_MAX_MS);
        }
        settle();
      });
      const v = constraints.video as MediaTrackConstraints | boolean;
      const facing = typeof v === 'object' ? String((v.facingMode as any)?.exact ?? (v.facingMode as any)?.ideal ?? v.facingMode ?? '') : '';
      for (const p of asked) p.postMessage({ t: 'cam', id, facing });
    });
  });
}
