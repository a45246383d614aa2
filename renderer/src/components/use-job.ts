import { useEffect, useRef, useState } from 'react';
import type { Progress } from '../../../shared/contract';
import { onProgress } from '../api/client';
import { newJobId } from './format';

/** One long call at a time with its progress events: the backups, restores and spreadsheet imports follow theirs with it. */
export function useJob(prefix: string) {
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const job = useRef<string | null>(null);

  // Subscribed while the panel is shown, so the event stream is open before the call starts.
  useEffect(() => {
    try {
      return onProgress((p) => {
        if (p.jobId === job.current) setProgress(p);
      });
    } catch {
      return undefined;
    }
  }, []);

  async function run<T>(call: (jobId: string) => Promise<T>): Promise<T> {
    const jobId = newJobId(prefix);
    job.current = jobId;
    setProgress(null);
    setRunning(true);
    try {
      return await call(jobId);
    } finally {
      job.current = null;
      setRunning(false);
    }
  }

  return { running, progress, run };
}
