import { deployScope } from '../../actions/lib/deploy-scope';

describe('deploy scope from the changed paths', () => {
  it.each([
    [['dags/etl.py'], 'dags'],
    [['dags/team/etl.py', 'dags/team/sql/load.sql', 'dags/old.py'], 'dags'],
    [['./dags/etl.py'], 'dags'],
    [['dags/etl.py', 'plugins/hello_plugin.py'], 'bundle'],
    [['config/webserver_config.py'], 'bundle'],
    [['config/log_config.py', 'dags/etl.py'], 'bundle'],
    [['dags/etl.py', 'airflow-image/requirements.txt'], 'full'],
    [['dags/etl.py', 'airflow-fargate.yml'], 'full'],
    [['README.md'], 'full'],
    [['dags'], 'full'],
    [['dagsx/etl.py'], 'full'],
    [['.github/workflows/deploy.yml'], 'full'],
    [[], 'full'],
    [['', '  '], 'full'],
  ])('%j -> %s', (paths, scope) => {
    expect(deployScope(paths)).toBe(scope);
  });
});
