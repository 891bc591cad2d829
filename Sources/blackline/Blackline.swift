import ArgumentParser
import BlacklineLoading
import BlacklineReaders
import Foundation

@main
struct Blackline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "blackline",
        abstract: "Show exactly what changed in a labor contract, and prove the money is right.",
        discussion: "Exit status as diff(1): 0 nothing found, 1 changes or findings, 2 trouble.",
        version: "0.1.0 (poppler-glib \(PopplerLibrary.version), libxml2 \(LibXML2Library.version))",
        subcommands: [ParseCommand.self, DiffCommand.self, MarkupCommand.self, VerifyCommand.self, TablesCommand.self, AuditCommand.self, ServeCommand.self]
    )

    /// Trouble of any kind (bad arguments, unreadable files) exits 2, as diff(1) does, with one
    /// line on stderr; help and version exit 0.
    static func main() {
        let commands = configuration.subcommands.map { $0._commandName } + ["help"]
        if let unknown = CommandSuggestion.message(arguments: Array(CommandLine.arguments.dropFirst()), commands: commands) {
            FileHandle.standardError.write(Data("blackline: \(unknown)\n".utf8))
            Foundation.exit(Failure.exitStatus)
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as Failure {
            FileHandle.standardError.write(Data("blackline: \(failure.message)\n".utf8))
            Foundation.exit(Failure.exitStatus)
        } catch {
            let status = exitCode(for: error)
            // An exit status the command chose (1: changes found; 2: a batch with refused files,
            // each already reported) is kept as it is.
            if status == .success || error is ExitCode {
                exit(withError: error)
            }
            var message = fullMessage(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
            if message.hasPrefix("Error: ") { message.removeFirst("Error: ".count) }
            FileHandle.standardError.write(Data("blackline: \(message); see 'blackline help'\n".utf8))
            Foundation.exit(Failure.exitStatus)
        }
    }
}
