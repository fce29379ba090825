// Runs where a Slurm cluster is reachable (sbatch on the PATH), and always when NML_SLURM_REQUIRED is
// set (CI, after .ci/slurm-up), so that there a missing cluster fails the build instead of skipping.
def required = System.getenv('NML_SLURM_REQUIRED')
def onPath = (System.getenv('PATH') ?: '').split(File.pathSeparator).any { new File(it, 'sbatch').canExecute() }
return (required != null && !required.isEmpty()) || onPath
