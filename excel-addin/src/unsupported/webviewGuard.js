/*
 * Dossier's webview guard: plain ES5, loaded before the ES2022 bundles.
 *
 * Some Office builds the manifest still admits show add-ins in Internet
 * Explorer 11 ("Trident") or the old Microsoft Edge ("EdgeHTML"): retail
 * perpetual Office 2016/2019 without the WebView2 runtime, and Windows
 * builds where Office falls back to them (learn.microsoft.com/office/dev/add-ins/concepts/browsers-used-by-office-web-add-ins).
 * The bundles cannot even be parsed there, so without this file the pane
 * would stay blank and the ribbon's Check sheet would do nothing. Microsoft
 * recommends a graceful failure message in these webviews
 * (learn.microsoft.com/office/dev/add-ins/develop/support-ie-11), found by
 * reading navigator.userAgent.
 *
 * In such a webview: the pane shows unsupported.html (English and Chinese:
 * what to use instead), and the ribbon's Check sheet opens it as a dialog.
 */
(function (root) {
  'use strict';

  /** Trident or EdgeHTML by their user-agent tokens, or an engine without what the bundles use at once. */
  function isUnsupported(userAgent, scope) {
    if (/Trident\//.test(userAgent) || /\bEdge\/\d/.test(userAgent)) return true;
    var arrayProto = scope.Array && scope.Array.prototype;
    return typeof scope.Promise !== 'function' || typeof scope.fetch !== 'function' || !arrayProto || typeof arrayProto.at !== 'function' || typeof scope.Object.hasOwn !== 'function';
  }

  function pageUrl(location) {
    return location.href.replace(/[^\/?#]*([?#].*)?$/, 'unsupported.html');
  }

  function guard(scope) {
    if (!isUnsupported(scope.navigator ? scope.navigator.userAgent : '', scope)) return false;
    scope.dossierUnsupported = true;
    var isCommands = /commands\.html/.test(scope.location.pathname);
    if (!isCommands) {
      scope.location.replace(pageUrl(scope.location));
      return true;
    }
    // The manifest's <FunctionName>checkSheet</FunctionName>, looked up as a global by older Office builds.
    scope.checkSheet = function (event) {
      var done = function () {
        if (event && event.completed) event.completed();
      };
      try {
        scope.Office.context.ui.displayDialogAsync(pageUrl(scope.location), { height: 40, width: 40, displayInIframe: true }, done);
      } catch (error) {
        done();
      }
    };
    if (scope.Office && scope.Office.onReady) scope.Office.onReady(function () {});
    return true;
  }

  if (typeof module === 'object' && module.exports) module.exports = { isUnsupported: isUnsupported, pageUrl: pageUrl, guard: guard };
  else guard(root);
})(this);
