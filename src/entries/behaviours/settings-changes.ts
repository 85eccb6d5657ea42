// A change of the settings made elsewhere (the popup, the options page,
// another tab's sidebar), as the background relays it to every tab.
import { onSettingsRelayed } from '../../ext/settings';
import type { Behaviour } from '../annotated-report';

export const followSettingsChanges: Behaviour = ({ settings, failsafe }) => onSettingsRelayed(failsafe.guard(settings.update));
