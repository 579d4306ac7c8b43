import type { OpenOutcome } from '../../worker/protocol';

export function readIati(_text: string, _home: string | undefined, _name: string): OpenOutcome {
  return { kind: 'unreadable', detail: 'IATI not yet' };
}
