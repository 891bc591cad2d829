import Foundation

/// `--timings`: wall-clock milliseconds per stage, on standard error, so benchmarks can time the
/// reader apart from process start-up.
struct StageClock {
    let enabled: Bool
    private var last = DispatchTime.now()

    init(enabled: Bool) { self.enabled = enabled }

    mutating func lap(_ stage: String, detail: String? = nil) {
        let now = DispatchTime.now()
        defer { last = now }
        guard enabled else { return }
        let milliseconds = Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1_000_000
        let suffix = detail.map { " (\($0))" } ?? ""
        FileHandle.standardError.write(Data(String(format: "timing: %@ %.2f ms%@\n", stage, milliseconds, suffix).utf8))
    }
}
