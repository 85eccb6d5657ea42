// How the reading view shares the window with the sidebar. Beside a report
// column narrower than READABLE_REPORT_PX the sidebar does not dock: the
// report keeps the window, and the sidebar starts folded to its handle and,
// opened, lies over the report like a drawer. At 480 px a half-screen window
// used to leave the report one character a line.

/** Between the report and the docked sidebar. */
export const SIDEBAR_GUTTER_PX = 24;
/** What the folded handle needs on the right. */
export const HANDLE_ROOM_PX = 56;
/** About 26 characters of the reading view's 18 px type, with its margins:
 * narrower, a line holds a few words. */
export const READABLE_REPORT_PX = 480;

/** Whether the sidebar, `sidebarWidth` wide, leaves the report a readable column. */
export function sidebarDocks(viewportWidth: number, sidebarWidth: number): boolean {
  return viewportWidth - sidebarWidth - SIDEBAR_GUTTER_PX >= READABLE_REPORT_PX;
}

/** The room the reading view leaves right of the report. */
export function sidebarRoom(viewportWidth: number, sidebarWidth: number, folded: boolean): number {
  return !folded && sidebarDocks(viewportWidth, sidebarWidth) ? sidebarWidth + SIDEBAR_GUTTER_PX : HANDLE_ROOM_PX;
}

/** Whether the sidebar is folded to its handle: at first as the window's
 * width says, following the width as the window is resized, until the
 * reader folds or opens it; from then on as the reader chose. */
export class SidebarFold {
  folded: boolean;
  private chosen = false;

  constructor(
    private readonly view: Pick<Window, 'innerWidth'>,
    private readonly sidebarWidth: () => number,
  ) {
    this.folded = !this.docks();
  }

  /** The reader folded or opened the sidebar. */
  choose(folded: boolean): void {
    this.folded = folded;
    this.chosen = true;
  }

  /** After the window was resized: true when the fold changed. */
  fitWindow(): boolean {
    if (this.chosen || this.folded !== this.docks()) return false;
    this.folded = !this.folded;
    return true;
  }

  /** Open, and lying over the report rather than beside it. */
  overlays(): boolean {
    return !this.folded && !this.docks();
  }

  /** The widest the reader may drag the docked sidebar: as wide as leaves
   * the report a readable column (a drag does not turn it into a drawer).
   * Over the report, as a drawer, it may take any width. */
  widestDocked(): number | undefined {
    if (this.overlays() || this.folded) return undefined;
    return this.view.innerWidth - SIDEBAR_GUTTER_PX - READABLE_REPORT_PX;
  }

  /** The room the reading view leaves right of the report now. */
  room(): number {
    return sidebarRoom(this.view.innerWidth, this.sidebarWidth(), this.folded);
  }

  private docks(): boolean {
    return sidebarDocks(this.view.innerWidth, this.sidebarWidth());
  }
}
