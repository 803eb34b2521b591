import { useI18n } from "../i18n/I18nProvider";
import { hrefFor } from "../ui/router";
import { SaveStatus } from "./SaveStatus";

export function Header() {
  const { t, lang, setLang } = useI18n();
  const other = lang === "vi" ? "en" : "vi";
  return (
    <header className="app-header">
      {/* Routes live after "#": following "#main" would leave the page, so the link moves the focus. */}
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById("main")?.focus();
        }}
      >
        {t("skipToContent")}
      </a>
      <a className="brand" href={hrefFor({ name: "home" })}>
        <span className="brand-mark" aria-hidden="true">
          {t("appMark")}
        </span>
        <span className="brand-text">
          <span className="brand-name">{t("appName")}</span>
          <span className="brand-tagline">{t("appTagline")}</span>
        </span>
      </a>
      <div className="header-actions">
        <SaveStatus />
        <button
          type="button"
          className="lang-switch"
          aria-label={t("switchLanguageLabel")}
          lang={other}
          onClick={() => setLang(other)}
        >
          {other === "en" ? t("switchToEnglish") : t("switchToVietnamese")}
        </button>
      </div>
    </header>
  );
}
