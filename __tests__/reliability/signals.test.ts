/** runStep under SIGINT/SIGTERM, with a fake signal source: the bounded grace and the messages. */
import { EventEmitter } from 'node:events';
import type { Host } from '../../src/core/host';
import { runStep } from '../../src/core/steps/run';
import { readState, untilCreated } from '../../src/core/steps/state';
import { interruptibleSleep, resetInterruption, throwIfInterrupted } from '../../src/core/safety/signals';

function fakeHost() {
  const failures: string[] = [];
  const state = new Map<string, string>();
  const host = {
    setFailed: (message: string) => failures.push(message),
    saveState: (name: string, value: string) => state.set(name, value),
    getState: (name: string) => state.get(name),
  } as unknown as Host;
  return { host, failures };
}

beforeEach(() => resetInterruption());
afterEach(() => {
  process.exitCode = undefined;
});

test('a request in flight finishes and is saved before the step fails', async () => {
  const { host, failures } = fakeHost();
  const emitter = new EventEmitter();
  let saved = false;
  const exits: number[] = [];
  const running = runStep(
    host,
    async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      saved = true;
    },
    { signals: emitter, exit: (code) => exits.push(code), graceMs: 2000 },
  );
  emitter.emit('SIGINT');
  await running;
  expect(saved).toBe(true);
  expect(exits).toEqual([1]);
  expect(failures).toHaveLength(1);
  expect(failures[0]).toMatch(/^Stopped on SIGINT .*request in flight finished and its result was saved/);
});

test('the grace is bounded: a request that hangs is abandoned, and the message says so', async () => {
  const { host, failures } = fakeHost();
  const emitter = new EventEmitter();
  const exits: number[] = [];
  const running = runStep(host, () => new Promise(() => undefined), {
    signals: emitter,
    exit: (code) => exits.push(code),
    graceMs: 100,
  });
  emitter.emit('SIGTERM');
  emitter.emit('SIGINT'); // a second signal is absorbed
  await running;
  expect(exits).toEqual([1]);
  expect(failures[0]).toMatch(/Stopped on SIGTERM .*did not finish within 0.1 s/);
});

test('a create abandoned unanswered counts as a lost answer: revocation looks for its name again', async () => {
  const { host, failures } = fakeHost();
  const emitter = new EventEmitter();
  const running = runStep(host, () => untilCreated(host, () => new Promise(() => undefined)), {
    signals: emitter,
    exit: () => undefined,
    graceMs: 100,
  });
  emitter.emit('SIGTERM');
  await running;
  expect(failures[0]).toMatch(/did not finish within 0.1 s and was abandoned/);
  expect(readState(host).createAnswerLost).toBe(true);
});

test('a create that answers within the grace is no lost answer', async () => {
  const { host } = fakeHost();
  const emitter = new EventEmitter();
  const created = new Promise((resolve) => setTimeout(resolve, 50));
  const running = runStep(host, () => untilCreated(host, () => created), {
    signals: emitter,
    exit: () => undefined,
    graceMs: 2000,
  });
  emitter.emit('SIGINT');
  await running;
  expect(readState(host).createAnswerLost).toBe(false);
});

test('after a signal nothing new starts: retry waits end at once, and the next create is refused', async () => {
  const { host, failures } = fakeHost();
  const emitter = new EventEmitter();
  let created = false;
  const running = runStep(
    host,
    async () => {
      await interruptibleSleep(60_000);
      throwIfInterrupted();
      created = true;
    },
    { signals: emitter, exit: () => undefined, graceMs: 5000 },
  );
  emitter.emit('SIGTERM');
  await running;
  expect(created).toBe(false);
  expect(failures[0]).toMatch(/no new request was started/);
  expect(() => throwIfInterrupted()).toThrow(/SIGTERM/);
});

test('without a signal, a failure is reported as before and the process is not ended', async () => {
  const { host, failures } = fakeHost();
  const emitter = new EventEmitter();
  const exits: number[] = [];
  await runStep(host, () => Promise.reject(new Error('boom')), {
    signals: emitter,
    exit: (c) => exits.push(c),
  });
  expect(failures).toEqual([expect.stringContaining('boom')]);
  expect(exits).toEqual([]);
  // A late signal, once the step is over, ends the process with the step's own result.
  process.exitCode = 1;
  emitter.emit('SIGINT');
  expect(exits).toEqual([1]);
});
