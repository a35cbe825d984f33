import Foundation

extension BLASCore {
    /// Makes OpenBLAS run the better kernels ``better(coreName:cpuFlags:)`` names, in this
    /// process, when it fell back to generic ones and `OPENBLAS_CORETYPE` is not set (a value set
    /// by the user is always kept). Precis calls it before its BLAS calls, so a program using the
    /// library needs to set nothing; only the first call does work (a few microseconds: one
    /// `openblas_get_corename`, and `/proc/cpuinfo` only when the core is generic).
    ///
    /// OpenBLAS (`DYNAMIC_ARCH`, as Debian builds it) picks its kernel table when it loads and
    /// exports the two functions that pick it: `gotoblas_dynamic_quit` forgets the table and
    /// `gotoblas_dynamic_init` chooses again, reading `OPENBLAS_CORETYPE`. Called before any
    /// BLAS work in the process, the pair switches kernels without starting the process again.
    /// (A program that calls BLAS itself, on another thread, at the moment of Precis's first call
    /// would race with the switch: it should set `OPENBLAS_CORETYPE` itself instead.)
    package static func prepare() { _ = _prepared }

    /// The kernels switched to by ``prepare()``, or nil when nothing was changed.
    package static var switchedCore: String? { _prepared }

    private static let _prepared: String? = {
        guard getenv("OPENBLAS_CORETYPE") == nil, let core = name(), genericCores.contains(core.lowercased()),
              let target = better(coreName: core, cpuFlags: cpuFlags())
        else { return nil }
        return _switch(to: target) ? target : nil
    }()

    /// Sets `OPENBLAS_CORETYPE` to `core` and has OpenBLAS choose its kernels again.
    /// - Returns: whether OpenBLAS now reports `core`; false when the BLAS is not OpenBLAS or
    ///   does not export its chooser (then nothing was changed).
    static func _switch(to core: String) -> Bool {
        let process = UnsafeMutableRawPointer(bitPattern: 0)  // RTLD_DEFAULT
        guard let quit = dlsym(process, "gotoblas_dynamic_quit"), let choose = dlsym(process, "gotoblas_dynamic_init") else {
            return false
        }
        typealias Call = @convention(c) () -> Void
        setenv("OPENBLAS_CORETYPE", core, 1)
        unsafeBitCast(quit, to: Call.self)()
        unsafeBitCast(choose, to: Call.self)()
        return name()?.lowercased() == core.lowercased()
    }
}
