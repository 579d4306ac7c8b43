import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { briefingStrings } from '../../../src/i18n/briefingStrings';
import type { Scene } from '../../../src/state/scenes';
import { renameScene } from '../../../src/state/scenesList';
import { SCENES_STORAGE_KEY } from '../../../src/state/scenesStorage';
import { createBriefingStore, type BriefingState } from '../../../src/state/scenesStore';
import {
  backToOwnScenes,
  editScenes,
  importScenes,
  keepLinkScenes,
  openLinkScenes,
} from '../../../src/ui/scenes/briefingList';
import { importScenesFile } from '../../../src/ui/scenes/importScenesFile';
import { createSceneLists } from '../../../src/ui/scenes/sceneLists';
import type { ScenesNotice } from '../../../src/ui/scenes/scenesNotice';

const scene = (id: string, title: string): Scene => ({
  id,
  title,
  notes: '',
  view: '',
  camera: null,
});
const mine = [scene('s1', 'Where we work'), scene('s2', 'Health'), scene('s3', 'Uzbekistan')];
const theirs = [scene('s1', 'Their opening'), scene('s2', 'Their close-up')];

/** My three scenes as this browser stores them, written by hand. */
const MY_ENTRY =
  '{"format":"cooperation-atlas-scenes","version":1,"scenes":[' +
  '{"id":"s1","title":"Where we work","notes":"","view":"","camera":null},' +
  '{"id":"s2","title":"Health","notes":"","view":"","camera":null},' +
  '{"id":"s3","title":"Uzbekistan","notes":"","view":"","camera":null}]}';

function state(over: Partial<BriefingState>): BriefingState {
  return { scenes: [], current: null, blackout: false, fromLink: false, ...over };
}

describe('list updaters', () => {
  it('renaming a scene of a link changes the list on screen and stores nothing', () => {
    const renamed = renameScene(theirs, 's2', 'Close-up');
    const change = editScenes(state({ scenes: theirs, fromLink: true }), renamed);
    expect(change.store).toBeNull();
    expect(change.next).toEqual({ scenes: renamed, fromLink: true, current: null });
  });

  it('editing the browser own list stores it, and the current scene stays while it is listed', () => {
    const two = mine.slice(0, 2);
    expect(editScenes(state({ scenes: mine, current: 's2' }), two)).toEqual({
      next: { scenes: two, fromLink: false, current: 's2' },
      store: two,
    });
    expect(editScenes(state({ scenes: mine, current: 's3' }), two).next.current).toBeNull();
  });

  it('opening a link shows its scenes, unsaved, with none current', () => {
    expect(openLinkScenes(theirs)).toEqual({
      next: { scenes: theirs, fromLink: true, current: null },
      store: null,
    });
  });

  it('keeping a link stores its scenes as they are on screen', () => {
    const s = state({ scenes: theirs, fromLink: true, current: 's1' });
    expect(keepLinkScenes(s)).toEqual({
      next: { scenes: theirs, fromLink: false, current: 's1' },
      store: theirs,
    });
  });

  it('going back shows the browser own list, stores nothing, and no scene is current', () => {
    expect(backToOwnScenes(mine)).toEqual({
      next: { scenes: mine, fromLink: false, current: null },
      store: null,
    });
  });

  it('importing stores the file scenes and ends a link', () => {
    expect(importScenes(theirs)).toEqual({
      next: { scenes: theirs, fromLink: false, current: null },
      store: theirs,
    });
  });
});

describe('a shared link beside the scenes stored in this browser', () => {
  let data: Record<string, string>;
  let location: { hash: string; pathname: string; search: string };
  beforeEach(() => {
    data = { [SCENES_STORAGE_KEY]: MY_ENTRY };
    location = { hash: '#scenes=jAAAA', pathname: '/', search: '?from=2020' };
    vi.stubGlobal('window', {
      localStorage: {
        getItem: (k: string) => data[k] ?? null,
        setItem: (k: string, v: string) => {
          data[k] = v;
        },
      },
      location,
      history: {
        state: null,
        replaceState: (_s: unknown, _t: string, url: string) => {
          location.hash = url.includes('#') ? url.slice(url.indexOf('#')) : '';
        },
      },
    });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  function opened() {
    const briefing = createBriefingStore();
    const notices: ScenesNotice[] = [];
    const lists = createSceneLists(briefing, (n) => notices.push(n));
    lists.load(mine);
    lists.openLink(theirs);
    return { briefing, lists, notices };
  }

  it('opening the link says my three stored scenes are untouched', () => {
    const { notices } = opened();
    expect(notices).toEqual([{ what: 'link-opened', count: 2, own: 3 }]);
  });

  it('renaming, deleting and saving a link scene leave my stored scenes as they were', () => {
    const { briefing, lists } = opened();
    lists.edit(renameScene(theirs, 's2', 'Close-up'));
    lists.edit(briefing.getState().scenes.slice(1));
    lists.edit([...briefing.getState().scenes, scene('s9', 'Mine')]);
    expect(data[SCENES_STORAGE_KEY]).toBe(MY_ENTRY);
    expect(briefing.getState().scenes.map((s) => s.title)).toEqual(['Close-up', 'Mine']);
    expect(location.hash).toBe('#scenes=jAAAA');
    expect(lists.own()).toEqual(mine);
  });

  it('Back to my scenes shows my three again, and the link leaves the address bar', () => {
    const { briefing, lists } = opened();
    lists.backToOwn();
    expect(briefing.getState().scenes).toEqual(mine);
    expect(briefing.getState().fromLink).toBe(false);
    expect(data[SCENES_STORAGE_KEY]).toBe(MY_ENTRY);
    expect(location.hash).toBe('');
  });

  it('Keep these scenes stores the link scenes in place of mine, and says so', () => {
    const { briefing, lists, notices } = opened();
    lists.keepLink();
    expect(data[SCENES_STORAGE_KEY]).toBe(
      '{"format":"cooperation-atlas-scenes","version":1,"scenes":[' +
        '{"id":"s1","title":"Their opening","notes":"","view":"","camera":null},' +
        '{"id":"s2","title":"Their close-up","notes":"","view":"","camera":null}]}',
    );
    expect(notices.at(-1)).toEqual({ what: 'link-kept', count: 2, replaced: 3 });
    expect(briefing.getState().fromLink).toBe(false);
    expect(lists.own()).toEqual(theirs);
    expect(location.hash).toBe('');
  });

  it('editing my own list (no link) stores it', () => {
    const briefing = createBriefingStore();
    const lists = createSceneLists(briefing, () => undefined);
    lists.load(mine);
    lists.edit(mine.slice(0, 1));
    expect(data[SCENES_STORAGE_KEY]).toBe(
      '{"format":"cooperation-atlas-scenes","version":1,"scenes":[' +
        '{"id":"s1","title":"Where we work","notes":"","view":"","camera":null}]}',
    );
  });

  it('Import scenes replaces my three stored scenes and its notice says so', async () => {
    const briefing = createBriefingStore();
    const notices: ScenesNotice[] = [];
    const lists = createSceneLists(briefing, (n) => notices.push(n));
    lists.load(mine);
    const text = JSON.stringify({ format: 'cooperation-atlas-scenes', version: 1, scenes: theirs });
    importScenesFile(new File([text], 'theirs.json'), lists, (n) => notices.push(n));
    await vi.waitFor(() => expect(notices).toHaveLength(1));
    expect(notices[0]).toEqual({ what: 'imported', name: 'theirs.json', count: 2, replaced: 3 });
    expect(briefing.getState().scenes).toEqual(theirs);
    expect(lists.own()).toEqual(theirs);
  });
});

describe('what the notices say', () => {
  it('an import into an empty list says Imported; one that replaces says what it replaced', () => {
    expect(briefingStrings.en.imported('a.json', 4, 0)).toBe('Imported 4 scenes from a.json.');
    expect(briefingStrings.en.imported('a.json', 4, 3)).toBe(
      'Replaced your 3 saved scenes with the 4 scenes imported from a.json.',
    );
    expect(briefingStrings.ko.imported('a.json', 4, 3)).toBe(
      '저장해 둔 장면 3개를 a.json에서 가져온 장면 4개로 바꿨습니다.',
    );
  });

  it('an opened link says its scenes are unsaved and mine unchanged', () => {
    expect(briefingStrings.en.linkOpened(2, 3)).toBe(
      'Showing the 2 scenes in this link. They are not saved in this browser until you press Keep these scenes; your 3 saved scenes are unchanged.',
    );
    expect(briefingStrings.en.linkOpened(1, 0)).toBe(
      'Showing the scene in this link. It is not saved in this browser until you press Keep these scenes.',
    );
    expect(briefingStrings.en.linkKept(2, 1)).toBe(
      "Kept the link's 2 scenes in this browser, in place of your 1 saved scene.",
    );
  });
});
