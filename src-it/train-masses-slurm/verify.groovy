import java.security.MessageDigest

def sha(File f) { MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString() }

def local = new File(basedir, 'target/nml/local')
def slurm = new File(basedir, 'target/nml/mass-models')
def files = ['A-I.model.json', 'A-II.model.json', 'A-III.model.json', 'A-I.curve.csv', 'A-II.curve.csv',
             'A-III.curve.csv', 'mass-table.csv', 'mass-models.json', 'mass-model.zip']
files.each { f ->
  assert new File(local, f).isFile() && new File(slurm, f).isFile() : "missing ${f}"
  assert sha(new File(local, f)) == sha(new File(slurm, f)) : "${f} from the Slurm array differs from the local run"
}
println "train-masses-slurm: mass-model.zip SHA-256 ${sha(new File(slurm, 'mass-model.zip'))} (local and slurm)"
assert new File(slurm, 'mass-table.csv').readLines()[0] == 'Z,N,A,B_ws4_MeV,B_A-I_MeV,B_A-II_MeV,B_A-III_MeV'

def dir = new File(basedir, 'target/nml/slurm/train-masses')
def script = new File(dir, 'tasks.sbatch').text
assert script.contains('#SBATCH --cpus-per-task=1')
assert script.contains("'--member' \"\$task\"") : script
assert script.contains('id=A-II,dataset=') && script.contains(',epochs=60,') : 'the tasks were not given the models in full'
(0..2).each { i ->
  assert new File(dir, "status/task-${i}.exit").text.trim() == '0'
  assert new File(dir, "members/member-${i}/complete.json").isFile()
}
assert new File(dir, 'status/merge.exit').text.trim() == '0'

def log = new File(basedir, 'build.log').text
assert log.contains('slurm train-masses: 3 of 3 tasks to run (array 0-2)')
assert log.contains('slurm train-masses: all 3 tasks and the merge succeeded')
// the second invocation: both trainings up to date, nothing submitted again for them
assert log.count('nml:train-masses is up to date') >= 2 : 'the second run did not find both trainings up to date'
assert log.count('slurm train-masses: 3 of 3 tasks to run') == 2 : 'only the first run and the failing execution submit'

// the failing execution: task 1 failed on the node; the build names it, its exit code and its log
def fail = new File(basedir, 'target/nml/slurm/fail')
def named = log =~ /slurm task 1 of array job \d+ failed \(exit code \d+\); log: (\S+)/
assert named.find() : 'the failed task is not named in the build log'
assert named.group(1).endsWith('target/nml/slurm/fail/logs/task-1.log') : named.group(1)
assert log.contains('member-1') : 'the task log tail (what went wrong) is not shown'
assert new File(fail, 'members/member-0/complete.json').isFile() && new File(fail, 'members/member-2/complete.json').isFile()
assert !new File(fail, 'status/merge.exit').exists() : 'the merge must not run after a failed task'
assert !new File(basedir, 'target/nml/fail/mass-model.zip').exists()
