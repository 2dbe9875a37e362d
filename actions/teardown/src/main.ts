import { runAction } from '../../lib/action';
import { run } from './run';

void runAction('teardown', run);
