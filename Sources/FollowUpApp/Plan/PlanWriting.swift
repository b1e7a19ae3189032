import FollowUpCore
import FollowUpStorage
import Foundation

extension AppContext {
    /// Builds the plan and drafts for `answers` and writes them to `out` (or a new folder under
    /// `<home>/plans`). Broken user templates are reported and the defaults used.
    func writePlanFiles(_ answers: Answers, out: String?, today: LocalDate? = nil) throws -> (folder: String, files: [String]) {
        let today = today ?? platform.today
        let plan = PlanBuilder.build(from: answers, today: today)
        let drafts = DraftComposer(overrides: loadTemplateOverrides()).compose(answers)
        for problem in drafts.problems {
            console.error("template \(home)/templates/\(problem)")
        }
        let files = try PlanExport.render(answers: answers, plan: plan, drafts: drafts, now: platform.now, timeZone: platform.timeZone)
        let folder = out.map(platform.absolute) ?? PlanExport.defaultFolder(home: home, answers: answers, plan: plan)
        let written = try PlanExport.write(files, into: folder)
        recordInTracker(answers: answers, plan: plan, drafts: drafts.drafts, folder: folder)
        return (folder, written)
    }

    /// `<home>/templates/*.mustache`, by template name. Read once per plan.
    func loadTemplateOverrides() -> [String: String] {
        let folder = "\(home)/templates"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [:] }
        var overrides: [String: String] = [:]
        for name in names where name.hasSuffix(".mustache") {
            let path = "\(folder)/\(name)"
            guard let data = FileManager.default.contents(atPath: path) else {
                console.error("\(path): could not be read; the default template is used.")
                continue
            }
            let template = String(name.dropLast(".mustache".count))
            guard DraftTemplates.names.contains(template) else {
                console.error("\(path): no template is called '\(template)', so this file is not used. Template names: \(DraftTemplates.names.joined(separator: ", ")).")
                continue
            }
            overrides[template] = String(decoding: data, as: UTF8.self)
        }
        return overrides
    }
}
