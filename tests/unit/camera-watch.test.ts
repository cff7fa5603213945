// The MAIN-world camera watcher (world/camera-watch.ts) with a stand-in window and real message channels: it
// holds a video request while the sensor decides, lets it through when nobody answers, and a page that says the
// sensor's hello itself (it runs first and can) cannot overrule the sensor's block.
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { watchGetUserMedia } from '../../world/camera-watch';
import { CAMERA_HELLO_KEY } from '../../protocol/page-world';

type Listener = (e: unknown) => void;
const open: MessagePort[] = [];
afterEach(() => {
  for (const p of open.splice(0)) p.close();
});

/** A window with a MediaDevices whose getUserMedia resolves, and the watcher installed on it. */
function page() {
  const listeners: Listener[] = [];
  class MediaDevices {
    getUserMedia(_c: unknown): Promise<string> {
      return Promise.resolve('stream');
    }
  }
  const win = { MediaDevices, addEventListener: (_t: string, fn: Listener) => listeners.push(fn) };
  watchGetUserMedia(win as unknown as Window & typeof globalThis);
  const devices = new MediaDevices();
  return {
    camera: () => devices.getUserMedia({ video: { facingMode: 'user' } }),
    /** Says hello with a fresh channel; `onCam` answers each request on the other end. */
    hello(onCam: (id: number, port: MessagePort) => void) {
      const { port1, port2 } = new MessageChannel();
      open.push(port1, port2);
      port1.on('message', (m: { t: string; id: number }) => m.t === 'cam' && onCam(m.id, port1));
      for (const fn of listeners) fn({ data: { [CAMERA_HELLO_KEY]: 1 }, ports: [port2], stopImmediatePropagation() {} });
    },
  };
}

const sensor = (allow: boolean) => (id: number, port: MessagePort) => {
  port.postMessage({ t: 'hold', id });
  setTimeout(() => port.postMessage({ t: 'answer', id, allow }), 20);
};

describe('camera watcher', () => {
  it('lets a request through when no sensor is connected', async () => {
    await expect(page().camera()).resolves.toBe('stream');
  });

  it('holds a request and blocks it when the sensor says so', async () => {
    const p = page();
    p.hello(sensor(false));
    await expect(p.camera()).rejects.toMatchObject({ name: 'NotAllowedError' });
  });

  it('lets it through when the sensor allows it, and when a connected sensor never answers', async () => {
    const p = page();
    p.hello(sensor(true));
    await expect(p.camera()).resolves.toBe('stream');
    const silent = page();
    silent.hello(() => {});
    await expect(silent.camera()).resolves.toBe('stream');
  });

  it('a page that says hello first and allows at once cannot overrule the sensor’s block', async () => {
    const p = page();
    p.hello((id, port) => {
      port.postMessage({ t: 'hold', id });
      port.postMessage({ t: 'answer', id, allow: true });
    });
    p.hello(sensor(false));
    await expect(p.camera()).rejects.toMatchObject({ name: 'NotAllowedError' });
  });

  it('a page that floods hellos before the sensor cannot keep the sensor’s channel out', async () => {
    const p = page();
    for (let i = 0; i < 20; i++) p.hello((id, port) => port.postMessage({ t: 'answer', id, allow: true }));
    p.hello(sensor(false));
    await expect(p.camera()).rejects.toMatchObject({ name: 'NotAllowedError' });
  });

  it('a page channel that never acknowledges does not hold up the sensor’s allow', async () => {
    const p = page();
    p.hello(() => {});
    p.hello(sensor(true));
    const t0 = Date.now();
    await expect(p.camera()).resolves.toBe('stream');
    expect(Date.now() - t0).toBeLessThan(5_000);
  });
});
