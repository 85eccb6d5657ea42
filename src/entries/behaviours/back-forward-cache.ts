// A page brought back from the back-forward cache missed the changes of the
// settings made while it was away (they went to the page that had taken its
// place): it reads them from storage once more.
import { onSettingsRestored } from '../../ext/settings';
import type { Behaviour } from '../annotated-report';

export const catchUpAfterTheCache: Behaviour = ({ view, settings, failsafe }) => onSettingsRestored(view, failsafe.guard(settings.update));
