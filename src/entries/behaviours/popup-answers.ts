// The popup asks what the page holds and switches the view: the answer is
// the page's status, and it stays after a failure, so that the popup can say
// there was one. A report that left the page says nothing.
import { reportStatus } from '../../core/page-status';
import type { PageView } from '../../core/types';
import { onContentRequest, type PageStatus } from '../../ext/messages';
import type { Behaviour } from '../annotated-report';

export const answerThePopup: Behaviour = ({ controller, failsafe, reading, hostname }) => {
  const status = (): PageStatus => (failsafe.failed ? { state: 'error', hostname } : reportStatus(reading.analysis, controller.current.view, hostname));
  const setView = failsafe.guard((view: PageView) => {
    if (view === 'original') controller.showOriginal();
    else controller.annotate();
  });
  const stopAnswering = onContentRequest((request) => {
    if (request.type === 'report-lens:set-view') setView(request.view);
    // after the other listeners of the same message (a keyboard command
    // among them, behaviours/commands.ts) have done their part
    return Promise.resolve().then(status);
  });
  return () => {
    if (!failsafe.failed) stopAnswering();
  };
};
