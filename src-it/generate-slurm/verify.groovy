import java.security.MessageDigest

def sha(File f) { MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString() }

def local = new File(basedir, 'target/nml/local/samples.csv')
def slurm = new File(basedir, 'target/nml/data/samples.csv')
assert local.isFile() && slurm.isFile()
assert local.readLines().size() == 1 + 24 * 2
assert sha(local) == sha(slurm) : "samples.csv from 4 Slurm tasks differs from the local run"

def dir = new File(basedir, 'target/nml/slurm/generate')
assert new File(dir, 'tasks.sbatch').text.contains('#SBATCH --cpus-per-task=1')
assert new File(dir, 'tasks.sbatch').text.contains('maxIterations=600,') : 'the tasks were not given the build solver settings'
(0..3).each { i ->
  assert new File(dir, "status/task-${i}.exit").text.trim() == '0'
  assert new File(dir, "shards/shard-${i}/samples.shard-${i}-of-4.csv").isFile()
}
assert new File(dir, 'status/merge.exit').text.trim() == '0'

def log = new File(basedir, 'build.log').text
assert log.contains('slurm generate: 4 of 4 tasks to run (array 0-3)')
assert log.contains('slurm generate: all 4 tasks and the merge succeeded')
// the second invocation: both executions up to date, nothing submitted again
assert log.count('nml:generate is up to date') >= 2 : 'the second run did not find both data sets up to date'
