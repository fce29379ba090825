def log = new File(basedir, 'build.log').text
['nml:generate', 'nml:train', 'nml:validate', 'nml:posterior', 'nml:report', 'nml:help'].each { goal ->
  assert log.contains(goal) : "nml:help does not list ${goal}"
}
assert log.contains('BUILD SUCCESS')
