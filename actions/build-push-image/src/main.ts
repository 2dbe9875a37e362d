import { runAction } from '../../lib/action';
import { run } from './run';

void runAction('build-push-image', run);
