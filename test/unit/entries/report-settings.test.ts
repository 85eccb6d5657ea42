import { describe, expect, it } from 'vitest';
import { normalizeSettings, type Settings } from '../../../src/core/settings';
import { reportSettings } from '../../../src/entries/report-settings';

const base = normalizeSettings(undefined);

describe('a report page’s settings', () => {
  it('tells every listener of a change, with the settings before it, then runs afterChange once', () => {
    const heard: string[] = [];
    const settings = reportSettings(base, () => heard.push('redraw'));
    settings.onChange((next, previous) => heard.push(`first ${previous.language}→${next.language}`));
    settings.onChange((next, previous) => heard.push(`second ${previous.language}→${next.language}`));
    settings.update({ ...base, language: 'zh' });
    expect(heard).toEqual([`first ${base.language}→zh`, `second ${base.language}→zh`, 'redraw']);
    expect(settings.current().language).toBe('zh');
  });

  it('keeps the sidebar’s own choice without telling anyone', () => {
    const heard: Settings[] = [];
    let redraws = 0;
    const settings = reportSettings(base, () => redraws++);
    settings.onChange((next) => heard.push(next));
    settings.record({ ...base, sidebarWidth: base.sidebarWidth + 40 });
    expect(settings.current().sidebarWidth).toBe(base.sidebarWidth + 40);
    expect(heard).toEqual([]);
    expect(redraws).toBe(0);
  });

  it('stops telling a listener once its undo ran', () => {
    const heard: string[] = [];
    const settings = reportSettings(base, () => {});
    const stop = settings.onChange((next) => heard.push(next.language));
    settings.update({ ...base, language: 'zh' });
    stop();
    settings.update({ ...base, language: 'en' });
    expect(heard).toEqual(['zh']);
  });
});
