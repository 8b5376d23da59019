internal import Glibc

/// Kiosk mode for a station's console: nothing typed on the keyboard can stop, suspend or
/// leave the kiosk for a shell.
///
/// `TerminalDevice` already turns the terminal's signal keys off (no ISIG: Ctrl+C, Ctrl+Z and
/// Ctrl+\ arrive as keys). This also ignores the signals themselves, so neither a terminal whose
/// settings someone changed nor a stray `kill -INT` interrupts, quits (and dumps core), stops or
/// suspends it: SIGINT, SIGQUIT, SIGTSTP, and SIGTTIN/SIGTTOU (a background process touching the
/// terminal; with no shell there is no job control to hand the terminal back). SIGTERM and SIGHUP
/// stay with the station (shutdown, reload).
///
/// Switching to another VT (Ctrl+Alt+F2) is the console's, not the process's: `VT_LOCKSWITCH`
/// needs CAP_SYS_TTY_CONFIG, which the service does not have. A station that must not switch
/// runs no getty on the other consoles (`NAutoVTs=0`, `ReserveVT=0` in logind.conf), so a switch
/// shows an empty screen and Alt+F1 comes back.
public enum KioskSignals {
    public static let ignored: [Int32] = [SIGINT, SIGQUIT, SIGTSTP, SIGTTIN, SIGTTOU]

    /// Ignores the keyboard and job-control signals for the rest of the process's life.
    public static func ignoreKeyboardSignals() {
        for number in ignored { signal(number, SIG_IGN) }
    }
}
