/// The release this binary is. `scripts/package-deb` reads the version from this line (the
/// only place it is written), so `quartermaster --version` and the package's version agree.
let quartermasterVersion = "0.11.0"
