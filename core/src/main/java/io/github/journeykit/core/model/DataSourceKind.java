package io.github.journeykit.core.model;

/**
 * Where experience data comes from (Gartner and "Customer Journey Mapping": "conduct online
 * surveys, apply social listening, set up a live chat").
 *
 * <pre>{@code
 * DataSource pulse = DataSource.of("pulse-survey", DataSourceKind.SURVEY);
 * }</pre>
 */
public enum DataSourceKind {
  /** Questionnaires: relationship or transactional surveys. */
  SURVEY(DataNature.QUANTITATIVE),
  /** Monitoring of what customers say in public channels. */
  SOCIAL_LISTENING(DataNature.QUALITATIVE),
  /** Transcripts of live chats. */
  LIVE_CHAT(DataNature.QUALITATIVE),
  /** Customer or employee interviews. */
  INTERVIEW(DataNature.QUALITATIVE),
  /** Behavioural data: web and app analytics, operational logs. */
  ANALYTICS(DataNature.QUANTITATIVE),
  /** Records of a customer relationship management system. */
  CRM(DataNature.QUANTITATIVE),
  /** Anything else. */
  OTHER(DataNature.QUALITATIVE);

  private final DataNature usualNature;

  DataSourceKind(DataNature usualNature) {
    this.usualNature = usualNature;
  }

  /**
   * The nature data of this kind usually has; a {@link DataSource} can say otherwise.
   *
   * @return qualitative or quantitative
   */
  public DataNature usualNature() {
    return usualNature;
  }
}
