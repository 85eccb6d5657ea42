import { describe, expect, it } from 'vitest';
import { HANDLE_ROOM_PX, READABLE_REPORT_PX, SIDEBAR_GUTTER_PX, SidebarFold, sidebarDocks, sidebarRoom } from '../../../../src/dom/sidebar/sidebar-room';

describe('sidebarDocks / sidebarRoom', () => {
  // [window width, sidebar width, docks]
  const cases: [number, number, boolean][] = [
    [1400, 380, true],
    [1024, 380, true],
    [380 + SIDEBAR_GUTTER_PX + READABLE_REPORT_PX, 380, true], // exactly a readable column left
    [380 + SIDEBAR_GUTTER_PX + READABLE_REPORT_PX - 1, 380, false],
    [800, 380, false], // a half-screen window on a laptop
    [480, 380, false],
    [1024, 720, false], // widened by hand until the report would be 280 px
    [1400, 720, true],
  ];
  it.each(cases)('a %i px window beside a %i px sidebar: docks %s', (viewport, sidebar, docks) => {
    expect(sidebarDocks(viewport, sidebar)).toBe(docks);
    expect(sidebarRoom(viewport, sidebar, false)).toBe(docks ? sidebar + SIDEBAR_GUTTER_PX : HANDLE_ROOM_PX);
  });

  it('folded, the handle alone takes room, whatever the width', () => {
    expect(sidebarRoom(1400, 380, true)).toBe(HANDLE_ROOM_PX);
    expect(sidebarRoom(480, 380, true)).toBe(HANDLE_ROOM_PX);
  });
});

describe('SidebarFold', () => {
  const windowOf = (innerWidth: number) => ({ innerWidth });

  it('starts open in a wide window and folded in a narrow one', () => {
    expect(new SidebarFold(windowOf(1400), () => 380).folded).toBe(false);
    expect(new SidebarFold(windowOf(600), () => 380).folded).toBe(true);
  });

  it('follows the window as it is resized, until the reader chooses', () => {
    const view = windowOf(600);
    const fold = new SidebarFold(view, () => 380);
    view.innerWidth = 1400;
    expect(fold.fitWindow()).toBe(true);
    expect(fold.folded).toBe(false);
    expect(fold.fitWindow()).toBe(false); // nothing changed
    view.innerWidth = 700;
    expect(fold.fitWindow()).toBe(true);
    expect(fold.folded).toBe(true);

    fold.choose(false); // opened by hand in the narrow window: it lies over the report
    expect(fold.overlays()).toBe(true);
    expect(fold.room()).toBe(HANDLE_ROOM_PX);
    view.innerWidth = 1400;
    expect(fold.fitWindow()).toBe(false);
    expect(fold.folded).toBe(false);
    expect(fold.overlays()).toBe(false);
    expect(fold.room()).toBe(380 + SIDEBAR_GUTTER_PX);
    view.innerWidth = 600;
    expect(fold.fitWindow()).toBe(false); // the reader's choice stands
    expect(fold.folded).toBe(false);
  });

  it('reads the sidebar width as it is now (resized by the reader)', () => {
    let width = 380;
    const fold = new SidebarFold(windowOf(1024), () => width);
    expect(fold.room()).toBe(380 + SIDEBAR_GUTTER_PX);
    width = 720;
    expect(fold.overlays()).toBe(true);
    expect(fold.room()).toBe(HANDLE_ROOM_PX);
  });

  it('limits a drag to what leaves the report a readable column while docked; a drawer, or a folded one, is not limited', () => {
    const view = windowOf(1024);
    const fold = new SidebarFold(view, () => 380);
    expect(fold.widestDocked()).toBe(1024 - SIDEBAR_GUTTER_PX - READABLE_REPORT_PX);
    // the width it has is always within the limit while it docks
    expect(380).toBeLessThanOrEqual(fold.widestDocked() ?? 0);
    view.innerWidth = 700;
    fold.fitWindow();
    expect(fold.widestDocked()).toBeUndefined(); // folded
    fold.choose(false);
    expect(fold.widestDocked()).toBeUndefined(); // a drawer
  });
});
