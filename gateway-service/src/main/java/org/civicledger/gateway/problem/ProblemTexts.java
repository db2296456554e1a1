package org.civicledger.gateway.problem;

import java.util.Map;
import org.civicledger.api.ErrorCode;

/** Each error code's {@code title}, in English and Chinese: the one table of titles. */
public final class ProblemTexts {
    private record Title(String en, String zh) {
    }

    private static final Map<ErrorCode, Title> TITLES = Map.ofEntries(
            Map.entry(ErrorCode.VALIDATION_FAILED, new Title("The request is not valid", "请求无效")),
            Map.entry(ErrorCode.UNAUTHENTICATED, new Title("No valid bearer token", "缺少有效的访问令牌")),
            Map.entry(ErrorCode.FORBIDDEN, new Title("Not allowed for this caller", "无权执行此操作")),
            Map.entry(ErrorCode.CONSENT_REQUIRED, new Title("The resident's consent is required", "需要居民授权")),
            Map.entry(ErrorCode.NOT_FOUND, new Title("Not found", "未找到")),
            Map.entry(ErrorCode.ID_CONFLICT, new Title("This id was used with a different request",
                    "该标识已用于另一个不同的请求")),
            Map.entry(ErrorCode.INSUFFICIENT_POINTS, new Title("Not enough points", "积分不足")),
            Map.entry(ErrorCode.DAILY_CAP_EXCEEDED, new Title("Daily cap exceeded", "超出每日上限")),
            Map.entry(ErrorCode.INVALID_STATE, new Title("Not possible in the current state", "当前状态下无法执行此操作")),
            Map.entry(ErrorCode.STALE_CONTRIBUTION, new Title("Contribution time out of range", "贡献时间超出允许范围")),
            Map.entry(ErrorCode.APPROVAL_EXPIRED, new Title("The approval period is over", "审核期限已过")),
            Map.entry(ErrorCode.HOUSEHOLD_CONFLICT, new Title("The resident belongs to another household",
                    "该居民已属于另一户")),
            Map.entry(ErrorCode.CHECK_EXPIRED, new Title("The credit check is too old for a decision",
                    "该信用查询已过期，不能据此作出贷款决定")),
            Map.entry(ErrorCode.BAND_MISMATCH, new Title("The decision does not match the product's published bands",
                    "该决定与产品公布的评分档位不符")),
            Map.entry(ErrorCode.LINE_EXCEEDED, new Title("The amount exceeds what the credit line allows",
                    "金额超出授信额度允许的范围")),
            Map.entry(ErrorCode.SAME_ORGANISATION, new Title("A second organisation must approve",
                    "须由另一家机构批准")),
            Map.entry(ErrorCode.CONTENDED, new Title("Too many concurrent writes to the same records",
                    "同一记录的并发写入过多")),
            Map.entry(ErrorCode.TOO_MANY_STREAMS, new Title("Too many event streams open for this caller",
                    "该调用方打开的事件流过多")),
            Map.entry(ErrorCode.INTERNAL, new Title("Internal error", "内部错误")),
            Map.entry(ErrorCode.LEDGER_UNAVAILABLE, new Title("The ledger is unavailable", "账本暂不可用")));

    private ProblemTexts() {
    }

    public static String title(ErrorCode code, Language language) {
        Title title = TITLES.get(code);
        return language == Language.ZH ? title.zh() : title.en();
    }
}
