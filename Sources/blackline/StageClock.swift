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
        note(stage, milliseconds: Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1_000_000, detail: detail)
    }

    /// A time measured inside a stage (OCR within reading), printed like a lap.
    func note(_ stage: String, milliseconds: Double, detail: String? = nil) {
        guard enabled else { return }
        let suffix = detail.map { " (\($0))" } ?? ""
        FileHandle.standardError.write(Data(String(format: "timing: %@ %.2f ms%@\n", stage, milliseconds, suffix).utf8))
    }
}
