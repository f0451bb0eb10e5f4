/* runway-demo.c — the demo plan
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A fictional organisation's estate: big enough that every view has something
 * to show and every risk rule of DESIGN.md something to find as of late 2026,
 * small enough to read in one sitting. Only the organisation is made up.
 *
 * The lifecycle dates are real. They come from endoflife.date
 * (https://endoflife.date, MIT licence), as of its 2026-08-22 data: its
 * `true` became "ended", its `false` "none", and an empty cell NULL
 * (unknown). End of sale is not in that data, so it stays unknown.
 *
 * The tables refer to each other by enum index; the ids the plan hands out
 * are kept in a Demo as the rows go in.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "runway-plan.h"

enum {
  VENDOR_RED_HAT,
  VENDOR_CANONICAL,
  VENDOR_MICROSOFT,
  VENDOR_ORACLE,
  VENDOR_PGDG,
  VENDOR_BROADCOM,
  VENDOR_APACHE,
  VENDOR_ECLIPSE,
  VENDOR_VEEAM,
  VENDOR_HASHICORP,
  VENDOR_SUSE,
  VENDOR_CNCF,
  VENDOR_LINUX_FOUNDATION,
  N_VENDORS
};

enum {
  PRODUCT_RHEL,
  PRODUCT_OPENSHIFT,
  PRODUCT_JBOSS_EAP,
  PRODUCT_KEYCLOAK,
  PRODUCT_UBUNTU,
  PRODUCT_WINDOWS,
  PRODUCT_SQL_SERVER,
  PRODUCT_ENTRA_ID,
  PRODUCT_ORACLE_DB,
  PRODUCT_ORACLE_JDK,
  PRODUCT_POSTGRESQL,
  PRODUCT_ESXI,
  PRODUCT_VCENTER,
  PRODUCT_RABBITMQ,
  PRODUCT_KAFKA,
  PRODUCT_TOMCAT,
  PRODUCT_TEMURIN,
  PRODUCT_VEEAM,
  PRODUCT_VAULT,
  PRODUCT_SLES,
  PRODUCT_KUBERNETES,
  PRODUCT_OPENBAO,
  N_PRODUCTS
};

enum {
  TEAM_SERVICE_DESK,
  TEAM_PLATFORM,
  TEAM_DATABASE,
  TEAM_ARCHITECTURE,
  N_TEAMS
};

/* In an order where a parent comes before its children. */
enum {
  CAP_NONE = -1,
  CAP_INFRASTRUCTURE,
  CAP_SERVER_OS,
  CAP_VIRTUALISATION,
  CAP_CONTAINERS,
  CAP_BACKUP,
  CAP_DATA,
  CAP_DATABASE,
  CAP_MESSAGING,
  CAP_RUNTIME,
  CAP_JAVA,
  CAP_APP_SERVER,
  CAP_SECURITY,
  CAP_IDENTITY,
  CAP_SECRETS,
  N_CAPABILITIES
};

typedef struct {
  const char *name;
  const char *website;
  const char *support;
  const char *contract_end;
  gboolean    cab_member;
  const char *notes;
} VendorRow;

typedef struct {
  int         vendor;
  const char *name;
  const char *category;
} ProductRow;

typedef struct {
  int         product;
  const char *version;
  const char *codename;
  const char *ga;
  const char *end_of_support;
  const char *end_of_life;
  const char *extended_support_end;
  gboolean    extended_support_contracted;
} ReleaseRow;

typedef struct {
  int         product;
  const char *date;
  const char *title;
  const char *kind;
  const char *confidence;
  const char *source;
} RoadmapRow;

typedef struct {
  const char *name;
  int         support_line;
  char        letter;       /* names the team in CapabilityRow.responsibilities */
} TeamRow;

#define MAX_SKILLS 8

typedef struct {
  int         product;
  const char *level;        /* NULL ends a person's list */
} SkillRow;

typedef struct {
  int         team;
  const char *name;
  double      fte;
  SkillRow    skills[MAX_SKILLS];
} PersonRow;

typedef struct {
  int         parent;
  const char *name;
  int         criticality;
  int         owner;
  /* One team letter per area, in the order of runway_responsibility_areas
   * (operations, maintenance, design-integration, security, resilience,
   * quality-assurance, strategy-roadmap, customer-support, cost-licences);
   * '-' leaves the area to nobody. NULL for a capability nothing runs on. */
  const char *responsibilities;
} CapabilityRow;

typedef struct {
  int         capability;
  int         product;
  const char *version;
  const char *environment;
  int         instances;
  const char *from;
  const char *until;
} DeploymentRow;

typedef struct {
  int         capability;
  int         from_product;
  const char *from_version;
  int         to_product;
  const char *to_version;
  const char *start;
  const char *end;
  const char *status;
  int         owner;
} MigrationRow;

typedef struct {
  int capability;
  int product;
} AlternativeRow;

/* Only Broadcom and Oracle have a contract with an end date: the others are
 * yearly subscriptions that renew by themselves, or no contract at all.
 * Broadcom's ends before the VMware estate and RabbitMQ do (contract-ends);
 * Oracle's outlives the one Oracle deployment. */
static const VendorRow vendor_rows[N_VENDORS] = {
  [VENDOR_RED_HAT] = {
    "Red Hat", "https://www.redhat.com",
    "Open a case on the Red Hat Customer Portal (access.redhat.com); severity 1 also "
    "by phone, around the clock with Premium subscriptions.",
    NULL, TRUE,
    "Premium subscriptions renew every March. Extended Life Cycle Support add-on for "
    "the remaining RHEL 7 hosts."
  },
  [VENDOR_CANONICAL] = {
    "Canonical", "https://canonical.com",
    "Ubuntu Pro: open a case on the Canonical support portal (support-portal.canonical.com).",
    NULL, FALSE, "Development hosts only."
  },
  [VENDOR_MICROSOFT] = {
    "Microsoft", "https://www.microsoft.com",
    "Unified Support: open a case in the Services Hub; severity A goes through the "
    "Technical Account Manager.",
    NULL, FALSE, "Enterprise Agreement, trued up every year."
  },
  [VENDOR_ORACLE] = {
    "Oracle", "https://www.oracle.com",
    "My Oracle Support (support.oracle.com) with the Customer Support Identifier; "
    "severity 1 also by phone.",
    "2030-03-31", FALSE,
    "Processor licences for Database Enterprise Edition, used by the finance platform only."
  },
  [VENDOR_PGDG] = {
    "PostgreSQL Global Development Group", "https://www.postgresql.org",
    "No contract: community mailing lists and the bug form on postgresql.org; "
    "Database Engineering is the last line.",
    NULL, FALSE, NULL
  },
  [VENDOR_BROADCOM] = {
    "Broadcom", "https://www.broadcom.com",
    "Broadcom Support Portal (support.broadcom.com): open a case with the site ID; "
    "severity 1 also by phone.",
    "2027-06-30", FALSE,
    "VMware Cloud Foundation subscription since the 2024 renewal. The terms after "
    "mid-2027 are not agreed yet."
  },
  [VENDOR_APACHE] = {
    "Apache Software Foundation", "https://www.apache.org",
    "No contract: the projects' mailing lists and issue trackers.",
    NULL, FALSE, NULL
  },
  [VENDOR_ECLIPSE] = {
    "Eclipse Foundation", "https://adoptium.net",
    "No contract: Adoptium's issue tracker and Slack.",
    NULL, FALSE, NULL
  },
  [VENDOR_VEEAM] = {
    "Veeam", "https://www.veeam.com",
    "Open a case on my.veeam.com; severity 1 also by phone, around the clock.",
    NULL, TRUE, "Universal licences per protected workload."
  },
  [VENDOR_HASHICORP] = {
    "HashiCorp", "https://www.hashicorp.com",
    "No contract (community edition): GitHub issues and the HashiCorp forum.",
    NULL, FALSE,
    "An IBM company since 2025. Vault moved to the Business Source License in 2023."
  },
  [VENDOR_SUSE] = {
    "SUSE", "https://www.suse.com",
    "SUSE Customer Center (scc.suse.com): open a case; priority support for SAP hosts.",
    NULL, FALSE, "SUSE Linux Enterprise Server for SAP Applications, SAP hosts only."
  },
  [VENDOR_CNCF] = {
    "Cloud Native Computing Foundation", "https://www.cncf.io",
    "No contract: Kubernetes' GitHub issues and Slack.",
    NULL, FALSE, NULL
  },
  [VENDOR_LINUX_FOUNDATION] = {
    "Linux Foundation", "https://www.linuxfoundation.org",
    "No contract: OpenBao's GitHub issues and chat.",
    NULL, FALSE, NULL
  },
};

static const ProductRow product_rows[N_PRODUCTS] = {
  [PRODUCT_RHEL] = { VENDOR_RED_HAT, "Red Hat Enterprise Linux", "Operating system" },
  [PRODUCT_OPENSHIFT] = { VENDOR_RED_HAT, "Red Hat OpenShift", "Container platform" },
  [PRODUCT_JBOSS_EAP] = { VENDOR_RED_HAT, "Red Hat JBoss EAP", "Application server" },
  [PRODUCT_KEYCLOAK] = { VENDOR_RED_HAT, "Keycloak", "Identity provider" },
  [PRODUCT_UBUNTU] = { VENDOR_CANONICAL, "Ubuntu", "Operating system" },
  [PRODUCT_WINDOWS] = { VENDOR_MICROSOFT, "Windows Server", "Operating system" },
  [PRODUCT_SQL_SERVER] = { VENDOR_MICROSOFT, "SQL Server", "Relational database" },
  /* A service, so it has no releases: only an exit scenario. */
  [PRODUCT_ENTRA_ID] = { VENDOR_MICROSOFT, "Entra ID", "Identity provider (service)" },
  [PRODUCT_ORACLE_DB] = { VENDOR_ORACLE, "Oracle Database", "Relational database" },
  [PRODUCT_ORACLE_JDK] = { VENDOR_ORACLE, "Oracle JDK", "Java runtime" },
  [PRODUCT_POSTGRESQL] = { VENDOR_PGDG, "PostgreSQL", "Relational database" },
  [PRODUCT_ESXI] = { VENDOR_BROADCOM, "VMware ESXi", "Hypervisor" },
  [PRODUCT_VCENTER] = { VENDOR_BROADCOM, "VMware vCenter Server", "Virtualisation management" },
  [PRODUCT_RABBITMQ] = { VENDOR_BROADCOM, "RabbitMQ", "Message broker" },
  [PRODUCT_KAFKA] = { VENDOR_APACHE, "Apache Kafka", "Event streaming" },
  [PRODUCT_TOMCAT] = { VENDOR_APACHE, "Apache Tomcat", "Application server" },
  [PRODUCT_TEMURIN] = { VENDOR_ECLIPSE, "Eclipse Temurin", "Java runtime" },
  [PRODUCT_VEEAM] = { VENDOR_VEEAM, "Veeam Backup & Replication", "Backup" },
  [PRODUCT_VAULT] = { VENDOR_HASHICORP, "Vault", "Secrets management" },
  [PRODUCT_SLES] = { VENDOR_SUSE, "SUSE Linux Enterprise Server", "Operating system" },
  [PRODUCT_KUBERNETES] = { VENDOR_CNCF, "Kubernetes", "Container platform" },
  /* Not in endoflife.date's data: an exit scenario without releases yet. */
  [PRODUCT_OPENBAO] = { VENDOR_LINUX_FOUNDATION, "OpenBao", "Secrets management" },
};

/* product, version, codename, GA, end of support, end of life, end of extended
 * support, extended support contracted */
static const ReleaseRow release_rows[] = {
  /* RHEL 7 is past its end of life, but we pay for Extended Life Cycle
   * Support until 2029 (extended-only). */
  { PRODUCT_RHEL, "7", NULL, "2014-06-10", "2019-08-06", "2024-06-30", "2029-05-31", TRUE },
  { PRODUCT_RHEL, "8", NULL, "2019-05-07", "2024-05-31", "2029-05-31", "2033-05-31", FALSE },
  { PRODUCT_RHEL, "9", NULL, "2022-05-18", "2027-05-31", "2032-05-31", "2036-05-31", FALSE },
  { PRODUCT_RHEL, "10", NULL, "2025-05-20", "2030-05-31", "2035-05-31", "2039-05-31", FALSE },
  { PRODUCT_OPENSHIFT, "4.18", NULL,
    "2025-02-25", "2025-09-17", "2026-08-25", "2027-02-25", FALSE },
  { PRODUCT_OPENSHIFT, "4.20", NULL, "2025-10-21", "2026-05-03", "2027-04-21", NULL, FALSE },
  { PRODUCT_OPENSHIFT, "4.22", NULL, "2026-06-09", "2026-12-31", "2027-12-31", NULL, FALSE },
  { PRODUCT_JBOSS_EAP, "6", NULL, "2012-06-01", "2016-06-30", "2019-06-30", "2022-06-30", FALSE },
  { PRODUCT_JBOSS_EAP, "7", NULL, "2016-05-01", "2023-12-31", "2025-06-30", "2027-10-31", FALSE },
  { PRODUCT_JBOSS_EAP, "8", NULL, "2024-02-05", "2028-02-05", "2031-02-05", "2033-02-05", FALSE },
  { PRODUCT_KEYCLOAK, "26.5", NULL, "2026-01-06", NULL, "2026-04-08", NULL, FALSE },
  { PRODUCT_KEYCLOAK, "26.6", NULL, "2026-04-08", NULL, "2026-07-09", NULL, FALSE },
  { PRODUCT_KEYCLOAK, "26.7", NULL, "2026-07-09", NULL, "none", NULL, FALSE },
  { PRODUCT_UBUNTU, "20.04", "Focal Fossa",
    "2020-04-23", "2022-10-01", "2025-05-31", "2030-04-02", FALSE },
  { PRODUCT_UBUNTU, "22.04", "Jammy Jellyfish",
    "2022-04-21", "2024-09-30", "2027-04-01", "2032-04-09", FALSE },
  { PRODUCT_UBUNTU, "24.04", "Noble Numbat",
    "2024-04-25", "2029-05-31", "2029-05-31", "2036-05-31", FALSE },
  { PRODUCT_UBUNTU, "26.04", "Resolute Raccoon",
    "2026-04-23", "2031-04-30", "2031-04-30", "2036-04-30", FALSE },
  { PRODUCT_WINDOWS, "2016", NULL, "2016-10-15", "2022-01-11", "2027-01-12", "2030-01-12", FALSE },
  { PRODUCT_WINDOWS, "2019", NULL, "2018-11-13", "2024-01-09", "2029-01-09", NULL, FALSE },
  { PRODUCT_WINDOWS, "2022", NULL, "2021-08-18", "2026-10-13", "2031-10-14", NULL, FALSE },
  { PRODUCT_WINDOWS, "2025", NULL, "2024-11-01", "2029-11-13", "2034-11-14", NULL, FALSE },
  { PRODUCT_SQL_SERVER, "14.0", "Helsinki", "2017-09-29", "2022-10-11", "2027-10-12", NULL, FALSE },
  { PRODUCT_SQL_SERVER, "15.0", "Aris/Seattle",
    "2019-11-04", "2025-02-28", "2030-01-08", NULL, FALSE },
  { PRODUCT_SQL_SERVER, "16.0", "Dallas", "2022-11-16", "2028-01-11", "2033-01-11", NULL, FALSE },
  { PRODUCT_SQL_SERVER, "17.0", "SQL25", "2025-11-18", "2031-01-06", "2036-01-06", NULL, FALSE },
  { PRODUCT_ORACLE_DB, "12.2", NULL, "2017-03-01", NULL, "2022-03-31", NULL, FALSE },
  { PRODUCT_ORACLE_DB, "19", NULL, "2019-04-25", NULL, "2029-12-31", "2032-12-31", FALSE },
  { PRODUCT_ORACLE_DB, "21", NULL, "2021-08-13", NULL, "2027-07-31", NULL, FALSE },
  { PRODUCT_ORACLE_DB, "23", NULL, "2023-09-19", NULL, "2031-12-31", "none", FALSE },
  { PRODUCT_ORACLE_JDK, "11", NULL, "2018-09-25", NULL, "2023-09-30", "2032-01-31", FALSE },
  { PRODUCT_ORACLE_JDK, "17", NULL, "2021-09-14", NULL, "2026-09-30", "2029-09-30", FALSE },
  { PRODUCT_ORACLE_JDK, "21", NULL, "2023-09-19", NULL, "2028-09-30", "2031-09-30", FALSE },
  { PRODUCT_ORACLE_JDK, "25", NULL, "2025-09-16", NULL, "2030-09-30", "2033-09-30", FALSE },
  { PRODUCT_POSTGRESQL, "13", NULL, "2020-09-24", NULL, "2025-11-13", NULL, FALSE },
  { PRODUCT_POSTGRESQL, "14", NULL, "2021-09-30", NULL, "2026-11-12", NULL, FALSE },
  { PRODUCT_POSTGRESQL, "15", NULL, "2022-10-13", NULL, "2027-11-11", NULL, FALSE },
  { PRODUCT_POSTGRESQL, "17", NULL, "2024-09-26", NULL, "2029-11-08", NULL, FALSE },
  { PRODUCT_POSTGRESQL, "18", NULL, "2025-09-25", NULL, "2030-11-14", NULL, FALSE },
  /* Newer than the endoflife.date data, and nobody has looked up its
   * lifecycle yet (lifecycle-unknown). */
  { PRODUCT_POSTGRESQL, "19", NULL, NULL, NULL, NULL, NULL, FALSE },
  { PRODUCT_ESXI, "7.0", NULL, "2020-04-02", NULL, "2025-10-02", NULL, FALSE },
  { PRODUCT_ESXI, "8.0", NULL, "2022-10-11", NULL, "2027-10-11", NULL, FALSE },
  { PRODUCT_ESXI, "9.0", NULL, "2025-06-17", NULL, "2027-09-17", NULL, FALSE },
  { PRODUCT_VCENTER, "7.0", NULL, "2020-04-02", NULL, "2025-10-02", NULL, FALSE },
  { PRODUCT_VCENTER, "8.0", NULL, "2022-10-11", NULL, "2027-10-11", NULL, FALSE },
  { PRODUCT_VCENTER, "9.0", NULL, "2025-06-17", NULL, "2027-09-17", NULL, FALSE },
  { PRODUCT_RABBITMQ, "3.13", NULL, "2024-02-22", NULL, "2024-09-17", "2027-12-30", FALSE },
  { PRODUCT_RABBITMQ, "4.1", NULL, "2025-04-15", NULL, "2026-01-30", "2028-04-29", FALSE },
  { PRODUCT_RABBITMQ, "4.2", NULL, "2025-10-27", NULL, "2026-07-31", "2030-06-30", FALSE },
  { PRODUCT_RABBITMQ, "4.3", NULL, "2026-04-23", NULL, "none", "none", FALSE },
  { PRODUCT_KAFKA, "3.9", NULL, "2024-11-06", NULL, "none", "2027-02-19", FALSE },
  { PRODUCT_KAFKA, "4.0", NULL, "2025-03-18", NULL, "none", "2027-06-11", FALSE },
  { PRODUCT_KAFKA, "4.1", NULL, "2025-09-02", NULL, "none", "2027-10-15", FALSE },
  { PRODUCT_KAFKA, "4.2", NULL, "2026-02-17", NULL, "none", "2028-03-04", FALSE },
  { PRODUCT_TOMCAT, "9.0", NULL, "2017-09-27", NULL, "2027-03-31", NULL, FALSE },
  { PRODUCT_TOMCAT, "10.1", NULL, "2022-09-23", NULL, "none", NULL, FALSE },
  { PRODUCT_TOMCAT, "11.0", NULL, "2024-10-03", NULL, "none", NULL, FALSE },
  { PRODUCT_TEMURIN, "11", NULL, "2021-08-01", NULL, "2027-10-31", NULL, FALSE },
  { PRODUCT_TEMURIN, "17", NULL, "2021-09-22", NULL, "2027-10-31", NULL, FALSE },
  { PRODUCT_TEMURIN, "21", NULL, "2023-10-10", NULL, "2029-12-31", NULL, FALSE },
  { PRODUCT_TEMURIN, "25", NULL, "2025-09-22", NULL, "2031-09-30", NULL, FALSE },
  { PRODUCT_VEEAM, "11", NULL, "2021-02-11", "2023-02-01", "2024-02-01", NULL, FALSE },
  { PRODUCT_VEEAM, "12", NULL, "2023-01-30", "2025-09-03", "2027-02-01", NULL, FALSE },
  { PRODUCT_VEEAM, "13", NULL, "2025-09-03", "2028-11-01", "2028-11-01", NULL, FALSE },
  { PRODUCT_VAULT, "1.19", NULL, "2025-03-04", NULL, "2025-06-23", "none", FALSE },
  { PRODUCT_VAULT, "1.21", NULL, "2025-10-21", NULL, "2026-04-13", NULL, FALSE },
  { PRODUCT_VAULT, "2.0", NULL, "2026-04-13", NULL, "none", NULL, FALSE },
  { PRODUCT_SLES, "12.5", NULL, "2019-12-09", NULL, "2024-10-31", "2027-10-31", FALSE },
  { PRODUCT_SLES, "15.6", NULL, "2024-06-26", NULL, "2025-12-31", "2028-12-31", FALSE },
  { PRODUCT_SLES, "15.7", NULL, "2025-06-17", NULL, "2031-07-31", "2034-07-31", FALSE },
  { PRODUCT_SLES, "16.0", NULL, "2025-11-04", NULL, "2027-11-30", "2030-11-30", FALSE },
  { PRODUCT_KUBERNETES, "1.34", NULL, "2025-08-27", "2026-08-27", "2026-10-27", NULL, FALSE },
  { PRODUCT_KUBERNETES, "1.35", NULL, "2025-12-17", "2026-12-28", "2027-02-28", NULL, FALSE },
  { PRODUCT_KUBERNETES, "1.36", NULL, "2026-04-22", "2027-04-28", "2027-06-28", NULL, FALSE },
};

static const RoadmapRow roadmap_rows[] = {
  { PRODUCT_WINDOWS, "2027-01-12", "End of extended support for Windows Server 2016",
    "deprecation", "announced",
    "https://learn.microsoft.com/lifecycle/products/windows-server-2016" },
  { PRODUCT_TOMCAT, "2027-03-31", "End of support for Tomcat 9.0", "deprecation", "announced",
    "https://tomcat.apache.org/whichversion.html" },
  { PRODUCT_RHEL, "2027-05-31", "RHEL 9 moves from Full Support to Maintenance Support",
    "other", "announced", "https://access.redhat.com/support/policy/updates/errata" },
  { PRODUCT_ESXI, "2027-07-01", "Higher per-core price at the VMware Cloud Foundation renewal",
    "price-change", "rumoured", "https://www.vmware.com" },
  { PRODUCT_TEMURIN, "2027-09-21", "Java 29, the next long-term support release",
    "release", "expected", "https://adoptium.net/support/" },
  { PRODUCT_POSTGRESQL, "2027-09-30", "PostgreSQL 20", "release", "expected",
    "https://www.postgresql.org/developer/roadmap/" },
  { PRODUCT_ESXI, "2027-10-11", "End of general support for vSphere 8", "deprecation",
    "announced", "https://support.broadcom.com" },
};

static const TeamRow team_rows[N_TEAMS] = {
  [TEAM_SERVICE_DESK] = { "Service Desk", 1, 'S' },
  [TEAM_PLATFORM] = { "Platform Operations", 2, 'P' },
  [TEAM_DATABASE] = { "Database Engineering", 3, 'D' },
  [TEAM_ARCHITECTURE] = { "Architecture", 0, 'A' },
};

/* Practitioners and experts count towards a product's FTE; with a minimum of
 * 3 FTE, most deployed products have enough. Not so Oracle Database, which
 * only Robert knows (single-expert), nor SQL Server, Kafka and Vault
 * (understaffed). */
static const PersonRow person_rows[] = {
  { TEAM_SERVICE_DESK, "Anna de Vries", 1.0,
    { { PRODUCT_WINDOWS, "practitioner" }, { PRODUCT_KEYCLOAK, "practitioner" },
      { PRODUCT_RHEL, "learning" } } },
  { TEAM_SERVICE_DESK, "Tom Bakker", 0.8,
    { { PRODUCT_WINDOWS, "practitioner" }, { PRODUCT_KEYCLOAK, "practitioner" },
      { PRODUCT_VEEAM, "practitioner" } } },
  { TEAM_SERVICE_DESK, "Fatima El Amrani", 1.0,
    { { PRODUCT_WINDOWS, "practitioner" }, { PRODUCT_KEYCLOAK, "practitioner" } } },
  { TEAM_PLATFORM, "Lars Jensen", 1.0,
    { { PRODUCT_RHEL, "expert" }, { PRODUCT_SLES, "practitioner" },
      { PRODUCT_ESXI, "practitioner" }, { PRODUCT_VCENTER, "practitioner" },
      { PRODUCT_OPENSHIFT, "practitioner" }, { PRODUCT_TOMCAT, "practitioner" } } },
  { TEAM_PLATFORM, "Maria Rossi", 1.0,
    { { PRODUCT_ESXI, "expert" }, { PRODUCT_VCENTER, "expert" },
      { PRODUCT_RHEL, "practitioner" }, { PRODUCT_UBUNTU, "practitioner" },
      { PRODUCT_TEMURIN, "practitioner" }, { PRODUCT_TOMCAT, "practitioner" },
      { PRODUCT_JBOSS_EAP, "practitioner" } } },
  { TEAM_PLATFORM, "Kenji Sato", 0.8,
    { { PRODUCT_OPENSHIFT, "expert" }, { PRODUCT_UBUNTU, "expert" },
      { PRODUCT_JBOSS_EAP, "expert" }, { PRODUCT_RHEL, "practitioner" },
      { PRODUCT_SLES, "practitioner" }, { PRODUCT_TEMURIN, "practitioner" },
      { PRODUCT_TOMCAT, "practitioner" }, { PRODUCT_RABBITMQ, "practitioner" } } },
  { TEAM_PLATFORM, "Olga Petrova", 1.0,
    { { PRODUCT_SLES, "expert" }, { PRODUCT_VEEAM, "expert" },
      { PRODUCT_RHEL, "practitioner" }, { PRODUCT_ESXI, "practitioner" },
      { PRODUCT_VCENTER, "practitioner" }, { PRODUCT_VAULT, "learning" } } },
  { TEAM_PLATFORM, "Daniel Okafor", 0.9,
    { { PRODUCT_WINDOWS, "expert" }, { PRODUCT_RHEL, "practitioner" },
      { PRODUCT_UBUNTU, "practitioner" }, { PRODUCT_ESXI, "practitioner" },
      { PRODUCT_VCENTER, "practitioner" }, { PRODUCT_VEEAM, "practitioner" },
      { PRODUCT_SQL_SERVER, "learning" } } },
  { TEAM_PLATFORM, "Sven Lindqvist", 0.6,
    { { PRODUCT_TOMCAT, "expert" }, { PRODUCT_UBUNTU, "practitioner" },
      { PRODUCT_SLES, "practitioner" }, { PRODUCT_WINDOWS, "practitioner" },
      { PRODUCT_OPENSHIFT, "practitioner" }, { PRODUCT_TEMURIN, "practitioner" },
      { PRODUCT_JBOSS_EAP, "practitioner" }, { PRODUCT_VEEAM, "practitioner" } } },
  { TEAM_DATABASE, "Priya Natarajan", 1.0,
    { { PRODUCT_POSTGRESQL, "expert" }, { PRODUCT_RABBITMQ, "practitioner" } } },
  { TEAM_DATABASE, "Jan Kowalski", 1.0,
    { { PRODUCT_POSTGRESQL, "expert" }, { PRODUCT_SQL_SERVER, "practitioner" } } },
  { TEAM_DATABASE, "Chen Wei", 0.8,
    { { PRODUCT_RABBITMQ, "expert" }, { PRODUCT_POSTGRESQL, "practitioner" },
      { PRODUCT_SQL_SERVER, "practitioner" }, { PRODUCT_KAFKA, "practitioner" } } },
  { TEAM_DATABASE, "Ingrid Hansen", 0.5,
    { { PRODUCT_POSTGRESQL, "practitioner" }, { PRODUCT_RABBITMQ, "practitioner" } } },
  { TEAM_DATABASE, "Robert Fischer", 1.0,
    { { PRODUCT_ORACLE_DB, "expert" } } },
  { TEAM_ARCHITECTURE, "Elena García", 1.0,
    { { PRODUCT_KAFKA, "expert" }, { PRODUCT_KEYCLOAK, "expert" },
      { PRODUCT_OPENSHIFT, "practitioner" }, { PRODUCT_VAULT, "practitioner" },
      { PRODUCT_TEMURIN, "practitioner" }, { PRODUCT_JBOSS_EAP, "practitioner" } } },
  { TEAM_ARCHITECTURE, "Mark Thompson", 0.5,
    { { PRODUCT_VAULT, "expert" }, { PRODUCT_TEMURIN, "practitioner" },
      { PRODUCT_TOMCAT, "practitioner" }, { PRODUCT_KAFKA, "learning" } } },
};

/* Messaging leaves security to nobody and Secrets management its licences
 * (ownership-gap). */
static const CapabilityRow capability_rows[N_CAPABILITIES] = {
  [CAP_INFRASTRUCTURE] = { CAP_NONE, "Infrastructure platform", 1, TEAM_PLATFORM, NULL },
  [CAP_SERVER_OS] = {
    CAP_INFRASTRUCTURE, "Server operating system", 1, TEAM_PLATFORM, "PPAPPPASA"
  },
  [CAP_VIRTUALISATION] = {
    CAP_INFRASTRUCTURE, "Virtualisation", 1, TEAM_PLATFORM, "PPAPPPASA"
  },
  [CAP_CONTAINERS] = {
    CAP_INFRASTRUCTURE, "Container platform", 2, TEAM_PLATFORM, "PPAAPPASA"
  },
  [CAP_BACKUP] = { CAP_INFRASTRUCTURE, "Backup and recovery", 2, TEAM_PLATFORM, "PPAPPPASA" },
  [CAP_DATA] = { CAP_NONE, "Data and integration", 2, TEAM_DATABASE, NULL },
  [CAP_DATABASE] = { CAP_DATA, "Relational database", 1, TEAM_DATABASE, "DDADDDASA" },
  [CAP_MESSAGING] = { CAP_DATA, "Messaging", 3, TEAM_DATABASE, "DDA-DDASA" },
  [CAP_RUNTIME] = { CAP_NONE, "Application runtime", 3, TEAM_PLATFORM, NULL },
  [CAP_JAVA] = { CAP_RUNTIME, "Java runtime", 2, TEAM_PLATFORM, "PPAPPPASA" },
  [CAP_APP_SERVER] = { CAP_RUNTIME, "Application server", 4, TEAM_PLATFORM, "PPAPPPASA" },
  [CAP_SECURITY] = { CAP_NONE, "Security", 1, TEAM_ARCHITECTURE, NULL },
  [CAP_IDENTITY] = { CAP_SECURITY, "Identity and access", 1, TEAM_ARCHITECTURE, "PPAAPAASA" },
  [CAP_SECRETS] = { CAP_SECURITY, "Secrets management", 2, TEAM_ARCHITECTURE, "PPAAPPAS-" },
};

/* The comments name the risk rules a row is there for, as of late 2026. */
static const DeploymentRow deployment_rows[] = {
  /* extended-only (and eos-passed) */
  { CAP_SERVER_OS, PRODUCT_RHEL, "7", "production", 12, "2016-03-01", NULL },
  /* eos-passed; the migration to RHEL 9 is planned in time */
  { CAP_SERVER_OS, PRODUCT_RHEL, "8", "production", 140, "2020-06-01", NULL },
  { CAP_SERVER_OS, PRODUCT_RHEL, "9", "production", 60, "2023-02-01", NULL },
  { CAP_SERVER_OS, PRODUCT_RHEL, "9", "acceptance", 25, "2023-01-01", NULL },
  /* eol-soon, with a migration under way */
  { CAP_SERVER_OS, PRODUCT_WINDOWS, "2016", "production", 18, "2017-05-01", NULL },
  /* eos-passed */
  { CAP_SERVER_OS, PRODUCT_WINDOWS, "2022", "production", 45, "2022-04-01", NULL },
  { CAP_SERVER_OS, PRODUCT_WINDOWS, "2025", "production", 10, "2026-06-01", NULL },
  /* eol-soon, no-migration */
  { CAP_SERVER_OS, PRODUCT_UBUNTU, "22.04", "development", 35, "2022-09-01", NULL },
  { CAP_SERVER_OS, PRODUCT_SLES, "15.7", "production", 8, "2025-09-01", NULL },
  /* eol-soon, no-migration, contract-ends (Broadcom, 2027-06-30) */
  { CAP_VIRTUALISATION, PRODUCT_ESXI, "8.0", "production", 48, "2023-06-01", NULL },
  { CAP_VIRTUALISATION, PRODUCT_VCENTER, "8.0", "production", 2, "2023-06-01", NULL },
  /* eos-passed, eol-soon */
  { CAP_CONTAINERS, PRODUCT_OPENSHIFT, "4.20", "production", 3, "2025-12-01", NULL },
  /* eos-soon */
  { CAP_CONTAINERS, PRODUCT_OPENSHIFT, "4.22", "test", 2, "2026-07-01", NULL },
  /* eos-passed, eol-soon; the capability has no exit (no-alternative) */
  { CAP_BACKUP, PRODUCT_VEEAM, "12", "production", 4, "2023-05-01", NULL },
  { CAP_BACKUP, PRODUCT_VEEAM, "13", "test", 1, "2026-02-01", NULL },
  /* eol-passed; its migration ends too late (migration-late) */
  { CAP_DATABASE, PRODUCT_POSTGRESQL, "13", "production", 14, "2021-03-01", NULL },
  /* eol-passed, only just */
  { CAP_DATABASE, PRODUCT_POSTGRESQL, "14", "acceptance", 6, "2022-02-01", NULL },
  /* eol-soon */
  { CAP_DATABASE, PRODUCT_POSTGRESQL, "15", "test", 8, "2023-01-15", NULL },
  { CAP_DATABASE, PRODUCT_POSTGRESQL, "17", "production", 20, "2025-06-01", NULL },
  /* lifecycle-unknown */
  { CAP_DATABASE, PRODUCT_POSTGRESQL, "19", "development", 4, "2026-10-01", NULL },
  /* single-expert; retired at its end of life, before Oracle's contract ends */
  { CAP_DATABASE, PRODUCT_ORACLE_DB, "19", "production", 6, "2020-01-01", "2029-12-31" },
  /* eos-passed, eol-soon, understaffed */
  { CAP_DATABASE, PRODUCT_SQL_SERVER, "14.0", "production", 9, "2018-03-01", NULL },
  { CAP_DATABASE, PRODUCT_SQL_SERVER, "16.0", "production", 12, "2023-04-01", NULL },
  /* eol-passed (extended support exists but is not contracted), contract-ends */
  { CAP_MESSAGING, PRODUCT_RABBITMQ, "3.13", "production", 6, "2024-04-01", NULL },
  /* understaffed; end of life not announced */
  { CAP_MESSAGING, PRODUCT_KAFKA, "3.9", "production", 9, "2025-01-15", NULL },
  /* eol-soon */
  { CAP_JAVA, PRODUCT_TEMURIN, "17", "production", 120, "2023-09-01", NULL },
  { CAP_JAVA, PRODUCT_TEMURIN, "21", "production", 80, "2024-03-01", NULL },
  { CAP_JAVA, PRODUCT_TEMURIN, "25", "development", 30, "2025-11-01", NULL },
  /* eol-soon */
  { CAP_APP_SERVER, PRODUCT_TOMCAT, "9.0", "production", 40, "2018-06-01", NULL },
  /* end of life not announced */
  { CAP_APP_SERVER, PRODUCT_TOMCAT, "10.1", "production", 25, "2023-03-01", NULL },
  /* eol-passed, eos-passed */
  { CAP_APP_SERVER, PRODUCT_JBOSS_EAP, "7", "production", 10, "2017-01-01", NULL },
  { CAP_APP_SERVER, PRODUCT_JBOSS_EAP, "8", "acceptance", 4, "2025-02-01", NULL },
  { CAP_IDENTITY, PRODUCT_KEYCLOAK, "26.7", "production", 3, "2026-08-01", NULL },
  /* eol-passed, understaffed */
  { CAP_SECRETS, PRODUCT_VAULT, "1.21", "production", 5, "2025-11-15", NULL },
};

static const MigrationRow migration_rows[] = {
  /* Ends long after PostgreSQL 13's end of life (migration-late). */
  { CAP_DATABASE, PRODUCT_POSTGRESQL, "13", PRODUCT_POSTGRESQL, "17",
    "2025-06-01", "2027-03-31", "in-progress", TEAM_DATABASE },
  /* In time: RHEL 8 lives until 2029-05-31. */
  { CAP_SERVER_OS, PRODUCT_RHEL, "8", PRODUCT_RHEL, "9",
    "2027-01-15", "2028-12-15", "planned", TEAM_PLATFORM },
  /* In time: Windows Server 2016 lives until 2027-01-12. */
  { CAP_SERVER_OS, PRODUCT_WINDOWS, "2016", PRODUCT_WINDOWS, "2025",
    "2026-06-01", "2026-12-18", "in-progress", TEAM_PLATFORM },
  { CAP_JAVA, PRODUCT_ORACLE_JDK, "11", PRODUCT_TEMURIN, "17",
    "2023-03-01", "2023-09-29", "done", TEAM_PLATFORM },
};

/* The exit scenarios. Backup and recovery has none (no-alternative). */
static const AlternativeRow alternative_rows[] = {
  { CAP_VIRTUALISATION, PRODUCT_OPENSHIFT },
  { CAP_CONTAINERS, PRODUCT_KUBERNETES },
  { CAP_JAVA, PRODUCT_ORACLE_JDK },
  { CAP_IDENTITY, PRODUCT_ENTRA_ID },
  { CAP_SECRETS, PRODUCT_OPENBAO },
};

/* The ids the plan gave the rows, for the rows that refer to them. */
typedef struct {
  RunwayPlan *plan;
  gint64      vendors[N_VENDORS];
  gint64      products[N_PRODUCTS];
  gint64      releases[G_N_ELEMENTS (release_rows)];
  gint64      teams[N_TEAMS];
  gint64      capabilities[N_CAPABILITIES];
} Demo;

/* Takes @draft, so that adding a row is one expression. Returns its id, or 0
 * with @error set. */
static gint64
add_draft (Demo          *demo,
           RunwayEntity  *draft,
           GError       **error)
{
  g_autoptr(RunwayEntity) owned = draft;
  gint64 id = runway_plan_add (demo->plan, owned, error);

  /* The plan's message says what is wrong, not which of the many rows. */
  if (id == 0)
    {
      g_autofree char *label = runway_entity_dup_label (owned);

      g_prefix_error (error, "%s: ", label);
    }
  return id;
}

static gint64
find_release (Demo       *demo,
              int         product,
              const char *version)
{
  for (guint i = 0; i < G_N_ELEMENTS (release_rows); i++)
    if (release_rows[i].product == product && g_str_equal (release_rows[i].version, version))
      return demo->releases[i];

  g_assert_not_reached ();
  return 0;
}

static int
find_team (char letter)
{
  if (letter == '-')
    return -1;
  for (int i = 0; i < N_TEAMS; i++)
    if (team_rows[i].letter == letter)
      return i;

  g_assert_not_reached ();
  return -1;
}

static gboolean
update_settings (Demo    *demo,
                 GError **error)
{
  RunwaySettings *settings = runway_plan_get_settings (demo->plan);
  g_autoptr(RunwayEntity) draft = runway_entity_copy (RUNWAY_ENTITY (settings));

  g_object_set (draft,
                "name", "Demo estate",
                "description", "The infrastructure of a fictional mid-sized organisation, "
                               "with the real lifecycles of its vendors' products.",
                "horizon-start", "2024-01-01",
                "horizon-end", "2032-12-31",
                "min-fte", 3.0,
                "eol-warning-months", (gint64) 12,
                "eos-warning-months", (gint64) 6,
                NULL);
  return runway_plan_update (demo->plan, draft, error);
}

static gboolean
add_vendors (Demo    *demo,
             GError **error)
{
  for (guint i = 0; i < N_VENDORS; i++)
    {
      const VendorRow *row = &vendor_rows[i];

      demo->vendors[i] = add_draft (demo, runway_entity_new_with (RUNWAY_KIND_VENDOR,
                                                                  "name", row->name,
                                                                  "website", row->website,
                                                                  "support", row->support,
                                                                  "contract-end", row->contract_end,
                                                                  "cab-member", row->cab_member,
                                                                  "notes", row->notes,
                                                                  NULL),
                                    error);
      if (demo->vendors[i] == 0)
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_products (Demo    *demo,
              GError **error)
{
  for (guint i = 0; i < N_PRODUCTS; i++)
    {
      const ProductRow *row = &product_rows[i];

      demo->products[i] = add_draft (demo, runway_entity_new_with (RUNWAY_KIND_PRODUCT,
                                                                   "vendor",
                                                                   demo->vendors[row->vendor],
                                                                   "name", row->name,
                                                                   "category", row->category,
                                                                   NULL),
                                     error);
      if (demo->products[i] == 0)
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_releases (Demo    *demo,
              GError **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (release_rows); i++)
    {
      const ReleaseRow *row = &release_rows[i];
      RunwayEntity *draft;

      draft = runway_entity_new_with (RUNWAY_KIND_RELEASE,
                                      "product", demo->products[row->product],
                                      "version", row->version,
                                      "codename", row->codename,
                                      "ga", row->ga,
                                      "end-of-support", row->end_of_support,
                                      "end-of-life", row->end_of_life,
                                      "extended-support-end", row->extended_support_end,
                                      "extended-support-contracted",
                                      row->extended_support_contracted,
                                      NULL);
      demo->releases[i] = add_draft (demo, draft, error);
      if (demo->releases[i] == 0)
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_roadmap (Demo    *demo,
             GError **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (roadmap_rows); i++)
    {
      const RoadmapRow *row = &roadmap_rows[i];
      RunwayEntity *draft;

      draft = runway_entity_new_with (RUNWAY_KIND_ROADMAP_ITEM,
                                      "product", demo->products[row->product],
                                      "date", row->date,
                                      "title", row->title,
                                      "kind", row->kind,
                                      "confidence", row->confidence,
                                      "source", row->source,
                                      NULL);
      if (add_draft (demo, draft, error) == 0)
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_teams (Demo    *demo,
           GError **error)
{
  for (guint i = 0; i < N_TEAMS; i++)
    {
      demo->teams[i] = add_draft (demo, runway_entity_new_with (RUNWAY_KIND_TEAM,
                                                                "name", team_rows[i].name,
                                                                "support-line",
                                                                (gint64) team_rows[i].support_line,
                                                                NULL),
                                  error);
      if (demo->teams[i] == 0)
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_people (Demo    *demo,
            GError **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (person_rows); i++)
    {
      const PersonRow *row = &person_rows[i];
      gint64 person;

      person = add_draft (demo, runway_entity_new_with (RUNWAY_KIND_PERSON,
                                                        "team", demo->teams[row->team],
                                                        "name", row->name,
                                                        "fte", row->fte,
                                                        NULL),
                          error);
      if (person == 0)
        return FALSE;

      for (guint j = 0; j < MAX_SKILLS && row->skills[j].level != NULL; j++)
        {
          const SkillRow *skill = &row->skills[j];

          if (add_draft (demo, runway_entity_new_with (RUNWAY_KIND_SKILL,
                                                       "person", person,
                                                       "product",
                                                       demo->products[skill->product],
                                                       "level", skill->level,
                                                       NULL),
                         error) == 0)
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
add_responsibilities (Demo        *demo,
                      int          capability,
                      const char  *teams,
                      GError     **error)
{
  guint i;

  for (i = 0; runway_responsibility_areas[i] != NULL; i++)
    {
      int team;

      g_assert (teams[i] != '\0');
      team = find_team (teams[i]);
      if (team < 0)
        continue;
      if (add_draft (demo, runway_entity_new_with (RUNWAY_KIND_RESPONSIBILITY,
                                                   "capability", demo->capabilities[capability],
                                                   "area", runway_responsibility_areas[i],
                                                   "team", demo->teams[team],
                                                   NULL),
                     error) == 0)
        return FALSE;
    }
  g_assert (teams[i] == '\0');
  return TRUE;
}

static gboolean
add_capabilities (Demo    *demo,
                  GError **error)
{
  for (int i = 0; i < N_CAPABILITIES; i++)
    {
      const CapabilityRow *row = &capability_rows[i];
      RunwayEntity *draft;

      g_assert (row->parent < i);
      draft = runway_entity_new_with (RUNWAY_KIND_CAPABILITY,
                                      "parent", row->parent == CAP_NONE
                                                ? (gint64) 0
                                                : demo->capabilities[row->parent],
                                      "name", row->name,
                                      "criticality", (gint64) row->criticality,
                                      "owner", demo->teams[row->owner],
                                      NULL);
      demo->capabilities[i] = add_draft (demo, draft, error);
      if (demo->capabilities[i] == 0)
        return FALSE;
      if (row->responsibilities != NULL
          && !add_responsibilities (demo, i, row->responsibilities, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_deployments (Demo    *demo,
                 GError **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (deployment_rows); i++)
    {
      const DeploymentRow *row = &deployment_rows[i];
      RunwayEntity *draft;

      draft = runway_entity_new_with (RUNWAY_KIND_DEPLOYMENT,
                                      "capability", demo->capabilities[row->capability],
                                      "release", find_release (demo, row->product, row->version),
                                      "environment", row->environment,
                                      "instances", (gint64) row->instances,
                                      "from", row->from,
                                      "until", row->until,
                                      NULL);
      if (add_draft (demo, draft, error) == 0)
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_migrations (Demo    *demo,
                GError **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (migration_rows); i++)
    {
      const MigrationRow *row = &migration_rows[i];
      RunwayEntity *draft;

      draft = runway_entity_new_with (RUNWAY_KIND_MIGRATION,
                                      "capability", demo->capabilities[row->capability],
                                      "from",
                                      find_release (demo, row->from_product, row->from_version),
                                      "to", find_release (demo, row->to_product, row->to_version),
                                      "start", row->start,
                                      "end", row->end,
                                      "status", row->status,
                                      "owner", demo->teams[row->owner],
                                      NULL);
      if (add_draft (demo, draft, error) == 0)
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_alternatives (Demo    *demo,
                  GError **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (alternative_rows); i++)
    {
      const AlternativeRow *row = &alternative_rows[i];

      if (add_draft (demo, runway_entity_new_with (RUNWAY_KIND_ALTERNATIVE,
                                                   "capability",
                                                   demo->capabilities[row->capability],
                                                   "product", demo->products[row->product],
                                                   NULL),
                     error) == 0)
        return FALSE;
    }
  return TRUE;
}

/**
 * runway_plan_fill_demo:
 *
 * Fills an empty plan with the demo estate, as one undo step: real vendor
 * lifecycles and enough trouble that every risk rule has something to find
 * as of late 2026.
 *
 * Returns: %FALSE with @error set if the plan refused any of it, in which
 * case nothing was added.
 */
gboolean
runway_plan_fill_demo (RunwayPlan  *self,
                       GError     **error)
{
  Demo demo = { .plan = self };

  g_return_val_if_fail (RUNWAY_IS_PLAN (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!runway_plan_begin_edit (self, _("Create the demo plan"), error))
    return FALSE;

  if (!update_settings (&demo, error)
      || !add_vendors (&demo, error)
      || !add_products (&demo, error)
      || !add_releases (&demo, error)
      || !add_roadmap (&demo, error)
      || !add_teams (&demo, error)
      || !add_people (&demo, error)
      || !add_capabilities (&demo, error)
      || !add_deployments (&demo, error)
      || !add_migrations (&demo, error)
      || !add_alternatives (&demo, error))
    {
      runway_plan_abort_edit (self);
      return FALSE;
    }

  return runway_plan_end_edit (self, error);
}
