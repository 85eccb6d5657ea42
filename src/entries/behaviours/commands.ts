// The keyboard commands (manifest.json "commands"), which the background
// passes on to the tab: the original page ⇄ the annotated view, the sidebar
// shown or hidden, the next or previous figure.
import { onCommandRequest } from '../../ext/messages';
import type { Behaviour } from '../annotated-report';

export const followCommands: Behaviour = ({ controller, sidebar, failsafe }) =>
  onCommandRequest(
    failsafe.guard((command) => {
      if (command === 'toggle-original') controller.toggleOriginal();
      if (command === 'toggle-sidebar') sidebar.toggleSidebar();
      if (command === 'next-figure' || command === 'previous-figure') controller.stepFigure(command === 'next-figure' ? 1 : -1);
    }),
  );
