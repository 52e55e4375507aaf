/** Which stop signals are watched on each platform, with the platform and the signal source injected. */
import { EventEmitter } from 'node:events';
import {
  interruption,
  resetInterruption,
  stopSignals,
  watchStopSignals,
  type SignalSource,
  type StopSignal,
} from '../../src/core/safety/signals';

beforeEach(() => resetInterruption());

test('win32 watches Ctrl+C (SIGINT) and Ctrl+Break (SIGBREAK); Linux and macOS SIGINT and SIGTERM', () => {
  expect(stopSignals('win32')).toEqual(['SIGINT', 'SIGBREAK', 'SIGTERM']);
  expect(stopSignals('linux')).toEqual(['SIGINT', 'SIGTERM']);
  expect(stopSignals('darwin')).toEqual(['SIGINT', 'SIGTERM']);
});

test('on win32 a Ctrl+Break stops the step, and stopping the watch removes every listener', () => {
  const emitter = new EventEmitter();
  const seen: StopSignal[] = [];
  const stop = watchStopSignals((signal) => seen.push(signal), emitter, 'win32');
  expect(emitter.eventNames().sort()).toEqual(['SIGBREAK', 'SIGINT', 'SIGTERM']);
  emitter.emit('SIGBREAK');
  emitter.emit('SIGINT');
  expect(seen).toEqual(['SIGBREAK']);
  expect(interruption()).toBe('SIGBREAK');
  stop();
  expect(emitter.eventNames()).toEqual([]);
});

test('on Linux SIGBREAK is not watched', () => {
  const emitter = new EventEmitter();
  const stop = watchStopSignals(() => undefined, emitter, 'linux');
  expect(emitter.eventNames().sort()).toEqual(['SIGINT', 'SIGTERM']);
  stop();
});

test('a signal the platform refuses to watch is skipped, not a crash', () => {
  const emitter = new EventEmitter();
  const source: SignalSource = {
    on: (event, listener) => {
      if (event === 'SIGTERM') throw Object.assign(new Error('uv_signal_start EINVAL'), { code: 'EINVAL' });
      return emitter.on(event, listener);
    },
    off: (event, listener) => emitter.off(event, listener),
  };
  const seen: StopSignal[] = [];
  const stop = watchStopSignals((signal) => seen.push(signal), source, 'win32');
  expect(emitter.eventNames().sort()).toEqual(['SIGBREAK', 'SIGINT']);
  emitter.emit('SIGINT');
  expect(seen).toEqual(['SIGINT']);
  expect(() => stop()).not.toThrow();
  expect(emitter.eventNames()).toEqual([]);
});
