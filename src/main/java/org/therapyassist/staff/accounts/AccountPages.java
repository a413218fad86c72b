package org.therapyassist.staff.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.web.FormErrors;
import org.therapyassist.platform.web.FormPost;
import org.therapyassist.platform.web.FormValues;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;
import org.therapyassist.staff.JobRole;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.staff.Team;
import org.therapyassist.staff.internal.PasswordRules;

/** Administrators' pages for accounts; each action is also in {@link AdminStaffApi}. */
@Controller
class AccountPages {

    private final StaffAccounts accounts;
    private final StaffDirectory directory;

    AccountPages(StaffAccounts accounts, StaffDirectory directory) {
        this.accounts = accounts;
        this.directory = directory;
    }

    @GetMapping("/admin/staff")
    String list(CurrentUser me, PageRequest page, Model model) {
        return listPage(me, page, model, new FormErrors(), FormValues.none());
    }

    @Performs(Command.MANAGE_STAFF_ACCOUNTS)
    @PostMapping("/admin/teams")
    String addTeam(CurrentUser me, FormPost<TeamForm> post, Model model, RedirectAttributes redirect) {
        return post.refusalsBeside("teamName").submit(form -> {
            Team team = accounts.addTeam(me, form.teamName(), form.teamSetting());
            redirect.addFlashAttribute("banner", Messages.text("staff.accounts.team-added", team.name()));
            return "redirect:/admin/staff";
        }, (errors, values) -> listPage(me, PageRequest.first(), model, errors, values));
    }

    private String listPage(CurrentUser me, PageRequest page, Model model, FormErrors errors, FormValues values) {
        model.addAttribute("accounts", accounts.page(me, page));
        model.addAttribute("teamList", accounts.teams(me));
        model.addAttribute("settings", Arrays.stream(TeamSetting.values())
                .map(s -> Map.entry(s.name(), Messages.text("staff.team-setting." + s.name()))).toList());
        model.addAttribute("errors", errors);
        model.addAttribute("form", values);
        return "staff/accounts";
    }

    @GetMapping("/admin/staff/new")
    String newAccount(CurrentUser me, Model model) {
        accounts.mayManage(me);
        return newPage(me, model, new FormErrors(), FormValues.none());
    }

    @Performs(Command.MANAGE_STAFF_ACCOUNTS)
    @PostMapping("/admin/staff")
    String add(CurrentUser me, FormPost<NewAccount> post, Model model, RedirectAttributes redirect) {
        return post.refusalsBeside("username").submit(form -> {
            Account added = accounts.add(me, form);
            redirect.addFlashAttribute("banner", Messages.text("staff.account.added", added.givenName() + " "
                    + added.familyName()));
            return "redirect:/admin/staff/" + added.id();
        }, (errors, values) -> newPage(me, model, errors, values));
    }

    @GetMapping("/admin/staff/{id}")
    String show(CurrentUser me, @PathVariable UUID id, Model model) {
        return showPage(me, id, model, new FormErrors(), null);
    }

    @Performs(Command.MANAGE_STAFF_ACCOUNTS)
    @PostMapping("/admin/staff/{id}")
    String change(CurrentUser me, @PathVariable UUID id, FormPost<AccountChange> post, Model model,
            RedirectAttributes redirect) {
        return post.submit(form -> {
            accounts.change(me, id, form);
            redirect.addFlashAttribute("banner", Messages.text("staff.account.role-saved"));
            return "redirect:/admin/staff/" + id;
        }, (errors, values) -> showPage(me, id, model, errors, values));
    }

    /** The page offers no "Disable" on your own account; a post for it anyway gets the 422 error page. */
    @Performs(Command.DISABLE_STAFF_ACCOUNT)
    @PostMapping("/admin/staff/{id}/disable")
    String disable(CurrentUser me, @PathVariable UUID id, RedirectAttributes redirect) {
        accounts.disable(me, id);
        redirect.addFlashAttribute("banner", Messages.text("staff.account.disabled-banner"));
        return "redirect:/admin/staff/" + id;
    }

    @Performs(Command.DISABLE_STAFF_ACCOUNT)
    @PostMapping("/admin/staff/{id}/enable")
    String enable(CurrentUser me, @PathVariable UUID id, RedirectAttributes redirect) {
        accounts.enable(me, id);
        redirect.addFlashAttribute("banner", Messages.text("staff.account.enabled-banner"));
        return "redirect:/admin/staff/" + id;
    }

    @Performs(Command.RESET_PASSWORD)
    @PostMapping("/admin/staff/{id}/password")
    String resetPassword(CurrentUser me, @PathVariable UUID id, FormPost<PasswordForm> post, Model model,
            RedirectAttributes redirect) {
        return post.submit(form -> {
            accounts.resetPassword(me, id, form.password(), form.confirmPassword());
            redirect.addFlashAttribute("banner", Messages.text("staff.account.password-reset"));
            return "redirect:/admin/staff/" + id;
        }, (errors, values) -> showPage(me, id, model, errors, null));
    }

    private String newPage(CurrentUser me, Model model, FormErrors errors, FormValues values) {
        model.addAttribute("form", values);
        model.addAttribute("errors", errors);
        options(me, model);
        return "staff/account-new";
    }

    private String showPage(CurrentUser me, UUID id, Model model, FormErrors errors, FormValues values) {
        Account account = accounts.find(me, id);
        model.addAttribute("account", account);
        model.addAttribute("errors", errors);
        model.addAttribute("form", values != null
                ? values
                : FormValues.ofSingle(Map.of(
                        "jobRole", account.jobRole().name(), "band", String.valueOf(account.band()),
                        "teamId", account.teamId() == null ? "" : account.teamId().toString(),
                        "hcpcNumber", account.hcpcNumber() == null ? "" : account.hcpcNumber())));
        model.addAttribute("yourself", id.equals(me.staffId()));
        options(me, model);
        return "staff/account";
    }

    private void options(CurrentUser me, Model model) {
        model.addAttribute("jobRoles",
                Arrays.stream(JobRole.values())
                        .map(r -> Map.entry(r.name(), Messages.text("staff.job-role." + r.name())))
                        .toList());
        model.addAttribute("teams", directory.teams(me.organisationId()).stream()
                .map(t -> Map.entry(t.id().toString(), t.name())).toList());
        model.addAttribute("minimumPasswordLength", PasswordRules.MIN_LENGTH);
    }

    record TeamForm(
            @NotBlank(message = "{staff.accounts.team-name.blank}") @Size(max = 120, message = "{staff.accounts.team-name.long}") String teamName,
            @NotNull(message = "{staff.accounts.team-setting.blank}") TeamSetting teamSetting) {
    }

    record PasswordForm(String password, String confirmPassword) {
    }

}
