import { stopEmulator } from './emulator';

export default async function globalTeardown(): Promise<void> {
  const pid = Number(process.env.AIRFLOW_FARGATE_EMULATOR_PID);
  if (pid) stopEmulator(pid);
}
