import { create } from 'zustand';
import { useApp } from '../app/app-store';

interface ImportsState {
  /** A file picked elsewhere (a list panel that could not read it) to open here. */
  pendingFile: File | null;
  takePendingFile(): File | null;
}

export const useImports = create<ImportsState>((set, get) => ({
  pendingFile: null,
  takePendingFile() {
    const f = get().pendingFile;
    if (f) set({ pendingFile: null });
    return f;
  },
}));

/** Opens the one import entry point, with a file already picked when one is given. */
export function openImport(file?: File | null): void {
  useImports.setState({ pendingFile: file ?? null });
  useApp.getState().setArea('imports');
}
