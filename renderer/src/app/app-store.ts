import { create } from 'zustand';
import type { WorkspaceInfo } from '../../../shared/contract/workspace';
import { call } from '../api/client';
import type { AreaId } from './areas';

interface AppState {
  area: AreaId;
  info: WorkspaceInfo | null;
  infoError: unknown;
  quickSearchOpen: boolean;
  settingsOpen: boolean;
  setArea(area: AreaId): void;
  /** Reloads the workspace summary the status bar shows; call after anything that changes it. */
  loadInfo(): Promise<void>;
  setQuickSearchOpen(open: boolean): void;
  setSettingsOpen(open: boolean): void;
}

export const useApp = create<AppState>((set) => ({
  area: 'home',
  info: null,
  infoError: null,
  quickSearchOpen: false,
  settingsOpen: false,
  setArea: (area) => set({ area }),
  async loadInfo() {
    try {
      const info = await call('workspace.info', {});
      set({ info, infoError: null });
    } catch (e) {
      set({ infoError: e });
    }
  },
  setQuickSearchOpen: (quickSearchOpen) => set({ quickSearchOpen }),
  setSettingsOpen: (settingsOpen) => set({ settingsOpen }),
}));
