/**
 * The service worker stays tiny: the toolbar button opens the panel. All checking (and
 * pdf.js) runs in the panel page, never here. We open the panel from action.onClicked
 * ourselves (instead of openPanelOnActionClick) so the click also grants activeTab on the
 * tab in view: that is the only page access the extension has without asking.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

interface FirefoxSidebar {
  sidebarAction?: { toggle(): Promise<void> };
}

export default defineBackground(() => {
  const action = browser.action ?? browser.browserAction;
  action.onClicked.addListener((tab) => {
    if (import.meta.env.FIREFOX) {
      void (browser as unknown as FirefoxSidebar).sidebarAction?.toggle();
      return;
    }
    if (tab.windowId !== undefined) void browser.sidePanel.open({ windowId: tab.windowId }).catch(() => undefined);
  });
});
