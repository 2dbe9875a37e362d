import { startEmulator } from './emulator';

// One emulator for the whole jest run; workers inherit these variables.
export default async function globalSetup(): Promise<void> {
  const emulator = await startEmulator();
  process.env.AWS_ENDPOINT_URL = emulator.endpoint;
  process.env.AWS_REGION = process.env.AWS_REGION || 'us-east-1';
  process.env.AWS_ACCESS_KEY_ID = 'testing';
  process.env.AWS_SECRET_ACCESS_KEY = 'testing';
  process.env.AIRFLOW_FARGATE_EMULATOR_PID = String(emulator.pid);
}
