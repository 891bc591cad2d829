import Foundation

/// The processors this process may run on. Foundation's `activeProcessorCount` counts the
/// machine's: under `taskset -c 0` on two cores it says 2, and OCR then loaded a second
/// recognition model (0.14 s of CPU) for page workers that could only take turns. Linux names the
/// processors a process may use (its affinity: taskset, a container's cpuset) in
/// /proc/self/status; elsewhere, or when that cannot be read, the machine's count stands.
public enum UsableProcessors {
    public static let count: Int = {
        let machine = ProcessInfo.processInfo.activeProcessorCount
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Cpus_allowed_list:") }),
              let allowed = count(inList: line.dropFirst("Cpus_allowed_list:".count)) else { return machine }
        return max(1, min(machine, allowed))
    }()

    /// How many processors a kernel CPU list names ("0-3,6,8-9" → 7); nil when it is not one.
    static func count(inList list: Substring) -> Int? {
        var total = 0
        for part in list.split(separator: ",") {
            let bounds = part.split(separator: "-").map { Int($0.trimmingCharacters(in: .whitespaces)) }
            switch bounds.count {
            case 1: guard bounds[0] != nil else { return nil }; total += 1
            case 2:
                guard let first = bounds[0], let last = bounds[1], last >= first else { return nil }
                total += last - first + 1
            default: return nil
            }
        }
        return total > 0 ? total : nil
    }
}
