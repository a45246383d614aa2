import { AREAS } from './areas';
import { useApp } from './app-store';

export function Sidebar() {
  const { area, setArea, setSettingsOpen, setQuickSearchOpen } = useApp();
  const mac = navigator.platform.toLowerCase().includes('mac');
  return (
    <nav className="sidebar" aria-label="Areas">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          ED
        </span>
        <span className="brand-name">ExportDesk</span>
      </div>
      <button type="button" className="sidebar-search" onClick={() => setQuickSearchOpen(true)} data-testid="open-quick-search">
        <span>Quick search</span>
        <kbd>{mac ? '⌘K' : 'Ctrl+K'}</kbd>
      </button>
      <ul className="nav-list">
        {AREAS.map((a) => (
          <li key={a.id}>
            <button
              type="button"
              className={`nav-item${area === a.id ? ' active' : ''}${a.ready ? '' : ' is-coming'}`}
              aria-current={area === a.id ? 'page' : undefined}
              data-testid={`nav-${a.id}`}
              data-status={a.ready ? 'ready' : 'coming'}
              onClick={() => setArea(a.id)}
            >
              <span>{a.label}</span>
              {!a.ready && <span className="nav-tag">coming</span>}
            </button>
          </li>
        ))}
      </ul>
      <div className="sidebar-foot">
        <button type="button" className="nav-item" onClick={() => setSettingsOpen(true)} data-testid="nav-settings">
          Settings
        </button>
      </div>
    </nav>
  );
}
