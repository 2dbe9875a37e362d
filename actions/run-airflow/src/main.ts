import { runAction } from '../../lib/action';
import { run } from './run';

void runAction('run-airflow', run);
