import BlacklineLoading
import Foundation

/// Many documents at once: folders opened into their documents, the files shared among worker
/// threads (one per core by default), a progress line on a terminal, and a closing line with
/// files per second. Reports come back in the order the files were given.
enum Batch {
    static let extensions: Set<String> = ["pdf", "txt", "docx", "html", "htm"]

    /// The files named, a folder standing for the documents in it (sorted, not recursive).
    static func expand(_ arguments: [String]) throws(Failure) -> [String] {
        var files: [String] = []
        for argument in arguments {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue else {
                files.append(argument)
                continue
            }
            let names: [String]
            do { names = try FileManager.default.contentsOfDirectory(atPath: argument) } catch {
                throw Failure(message: "\(argument): the folder cannot be listed (\(error.localizedDescription)); check its permissions")
            }
            let documents = names.filter { extensions.contains(($0 as NSString).pathExtension.lowercased()) && !$0.hasPrefix(".") }.sorted()
            guard !documents.isEmpty else {
                throw Failure(message: "\(argument): no .pdf, .txt, .docx or .html files in this folder; give the agreements' folder")
            }
            files += documents.map { (argument as NSString).appendingPathComponent($0) }
        }
        return files
    }

    /// Runs `work` on every file with `jobs` threads; failures are printed as they come.
    static func run(_ files: [String], jobs: Int, verb: String, work: @escaping @Sendable (String) throws -> String) -> [String?] {
        let progress = Progress(total: files.count, verb: verb, showsLine: isatty(STDERR_FILENO) == 1)
        let group = DispatchGroup()
        for _ in 0..<max(1, min(jobs, files.count)) {
            DispatchQueue.global().async(group: group) {
                while let index = progress.claim() {
                    let outcome: Result<String, Error>
                    do { outcome = .success(try work(files[index])) } catch { outcome = .failure(error) }
                    progress.finish(index, outcome)
                }
            }
        }
        group.wait()
        return progress.finishLine(jobs: jobs)
    }

    /// Shared among the workers: the next file to take, the results, the progress line.
    private final class Progress: @unchecked Sendable {
        private let lock = NSLock()
        private let total: Int
        private let verb: String
        private let showsLine: Bool
        private let start = DispatchTime.now()
        private var next = 0
        private var done = 0
        private var failed = 0
        private var results: [String?]

        init(total: Int, verb: String, showsLine: Bool) {
            self.total = total
            self.verb = verb
            self.showsLine = showsLine
            results = Array(repeating: nil, count: total)
        }

        func claim() -> Int? {
            lock.withLock {
                guard next < total else { return nil }
                defer { next += 1 }
                return next
            }
        }

        func finish(_ index: Int, _ outcome: Result<String, Error>) {
            lock.withLock {
                done += 1
                switch outcome {
                case .success(let report): results[index] = report
                case .failure(let error):
                    failed += 1
                    let message = (error as? Failure)?.message ?? "\(error)"
                    FileHandle.standardError.write(Data(((showsLine ? "\r\u{1B}[K" : "") + "blackline: \(message)\n").utf8))
                }
                if showsLine {
                    FileHandle.standardError.write(Data(String(format: "\r%@: %d/%d files, %.1f files/s", verb, done, total, rate()).utf8))
                }
            }
        }

        func finishLine(jobs: Int) -> [String?] {
            lock.withLock {
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
                let refused = failed == 0 ? "" : " (\(failed) refused)"
                let line = String(format: "%@%@ %d files%@ in %.2f s: %.2f files/s with %d job%@\n", showsLine ? "\r\u{1B}[K" : "", verb, total, refused,
                                  seconds, rate(), jobs, jobs == 1 ? "" : "s")
                FileHandle.standardError.write(Data(line.utf8))
                return results
            }
        }

        private func rate() -> Double {
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
            return seconds > 0 ? Double(done) / seconds : 0
        }
    }
}
