import { useEffect } from 'react';
import { ApplicationsPage } from '../applications/applications-page';
import { AuditPage } from '../audit/audit-page';
import { BackupsPage } from '../backups/backups-page';
import { SwitchNotice } from '../backups/switch-notice';
import { useChainCheck } from '../audit/chain-check';
import { ChainWarning } from '../audit/chain-warning';
import { ErrorBoundary } from '../components/error-boundary';
import { ErrorBox } from '../components/error-box';
import { ImportPage } from '../imports/import-page';
import { ControlListsPage } from '../control-lists/control-lists-page';
import { DashboardPage } from '../dashboard/dashboard-page';
import { ItemsPage } from '../items/items-page';
import { LicensesPage } from '../licenses/licenses-page';
import { PackagesPage } from '../packages/packages-page';
import { RetentionPage } from '../retention/retention-page';
import { PartiesPage } from '../parties/parties-page';
import { ScreeningPage } from '../screening/screening-page';
import { AREAS } from './areas';
import { useApp } from './app-store';
import { ComingPage } from './coming-page';
import { LeaveDemo } from './leave-demo';
import { QuickSearch } from './quick-search';
import { SettingsDialog } from './settings-dialog';
import { Sidebar } from './sidebar';
import { StatusBar } from './status-bar';

export function AppShell() {
  const { area, info, infoError, quickSearchOpen, settingsOpen, loadInfo, setQuickSearchOpen } = useApp();

  useEffect(() => {
    void loadInfo();
  }, [loadInfo]);

  // After the first render, once the workspace is open: the check walks the whole log in steps,
  // so it runs in the background while the user works.
  const workspacePath = info?.path;
  useEffect(() => {
    if (workspacePath) useChainCheck.getState().runOnceFor(workspacePath);
  }, [workspacePath]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        setQuickSearchOpen(!useApp.getState().quickSearchOpen);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [setQuickSearchOpen]);

  const current = AREAS.find((a) => a.id === area)!;
  return (
    <div className="shell" data-testid="app-shell" data-ready={info ? 'true' : 'false'}>
      <Sidebar />
      <main className="main">
        {info?.isDemo && (
          <div className="demo-banner" role="note" data-testid="demo-banner">
            Demo workspace — fictional data, illustrative lists <LeaveDemo testId="demo-leave" className="link-button" />
          </div>
        )}
        <SwitchNotice />
        <ChainWarning />
        {infoError && !info ? (
          <div className="page-body">
            <ErrorBox error={infoError} title="ExportDesk could not open the workspace." testId="workspace-error" />
          </div>
        ) : (
          <ErrorBoundary resetKey={area}>
            {area === 'home' ? (
              <DashboardPage />
            ) : area === 'imports' ? (
              <ImportPage />
            ) : area === 'control-lists' ? (
              <ControlListsPage />
            ) : area === 'items' ? (
              <ItemsPage />
            ) : area === 'parties' ? (
              <PartiesPage />
            ) : area === 'screening' ? (
              <ScreeningPage />
            ) : area === 'applications' ? (
              <ApplicationsPage />
            ) : area === 'licenses' ? (
              <LicensesPage />
            ) : area === 'packages' ? (
              <PackagesPage />
            ) : area === 'audit' ? (
              <AuditPage />
            ) : area === 'retention' ? (
              <RetentionPage />
            ) : area === 'backups' ? (
              <BackupsPage />
            ) : (
              <ComingPage area={current} />
            )}
          </ErrorBoundary>
        )}
      </main>
      <StatusBar />
      {quickSearchOpen && <QuickSearch />}
      {settingsOpen && <SettingsDialog />}
    </div>
  );
}
