// The window was resized: the sidebar folds or opens as the new width says
// (until the reader chose), and the limit of its drag follows; a redraw at
// most once a frame while the window is resized.
import type { Behaviour } from '../annotated-report';

export const fitTheWindow: Behaviour = ({ view, sidebar, failsafe }) => {
  const fit = failsafe.guard(() => sidebar.fitWindow());
  view.addEventListener('resize', fit);
  return () => view.removeEventListener('resize', fit);
};
